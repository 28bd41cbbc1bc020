#!/usr/bin/env python3
"""Acta's search against Pagefind on the same built site, in one run.

    python3 bench/search_vs_pagefind.py                  # 10,000 items, "dang vien" and "đảng viên"
    python3 bench/search_vs_pagefind.py --items 1000     # quicker

Steps: corpus.py writes N items (real sentences of the sample recombined, so "đảng viên" occurs
as readers write it); Acta builds the site (`build --timings` gives the search-index stage);
Pagefind (npm package, installed into a cache folder outside the repository when missing) indexes
the same built site with its defaults (`npx pagefind --site SITE`: no data-pagefind-body in Acta's
pages, so it indexes every page's whole <body>). Then each first query is run in headless
Chromium, a fresh profile each time (nothing cached), against a local HTTP server that records
every file the browser requests, until the page posts what it found back to the server: for Acta,
its own /search/?q=… page in a frame, done when the result list is filled; for Pagefind, a small
page that imports /pagefind/pagefind.js (which loads its worker, wasm, entry json, meta and index
chunks), searches, and loads the data (fragments) of the first ten results, as many as Acta shows.
Only the search files are counted (Acta: static/search.js and search/; Pagefind: pagefind/), not
the pages around them. Gzipped sizes are each file gzipped at level 9, or as stored when that is
smaller (Pagefind's index, fragments and wasm are already gzipped). Whether the top result has
"đảng viên" is read from that page's built HTML.
"""
import argparse
import gzip
import html
import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGEFIND = "1.6.0"
RESULTS = 10

# Each harness page runs one first query and posts what it found to /__bench/result.
PAGEFIND_HARNESS = """<!doctype html><meta charset="utf-8"><title>pagefind bench</title>
<script type="module">
const p = new URLSearchParams(location.search);
let found;
try {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(p.get('q'));
  const data = await Promise.all(search.results.slice(0, +p.get('n')).map(r => r.data()));
  found = {count: search.results.length, urls: data.map(d => d.url)};
} catch (e) { found = {error: String(e)}; }
fetch('/__bench/result', {method: 'POST', body: JSON.stringify(found)});
</script>"""

# Acta's own search page in a frame; done when its result list is filled and no longer busy.
ACTA_HARNESS = """<!doctype html><meta charset="utf-8"><title>acta bench</title><iframe id="f"></iframe>
<script>
var p = new URLSearchParams(location.search), f = document.getElementById('f');
f.src = '/search/?q=' + encodeURIComponent(p.get('q'));
var timer = setInterval(function () {
  var d = f.contentDocument, ol = d && d.getElementById('search-results');
  var status = d && d.getElementById('search-status');
  if (!ol || ol.hasAttribute('aria-busy') || !(ol.children.length || (status && status.textContent))) return;
  clearInterval(timer);
  var urls = [].map.call(ol.querySelectorAll('li h2 a'), function (a) { return a.pathname; });
  fetch('/__bench/result', {method: 'POST', body: JSON.stringify({count: urls.length, urls: urls, status: status.textContent})});
}, 100);
</script>"""


def run(cmd, **kw):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout + proc.stderr, time.perf_counter() - start


def ensure_pagefind(cache):
    if not os.path.exists(os.path.join(cache, "node_modules", ".bin", "pagefind")):
        print(f"installing pagefind {PAGEFIND} into {cache}…", file=sys.stderr)
        os.makedirs(cache, exist_ok=True)
        run(["npm", "install", "--no-audit", "--no-fund", "--prefix", cache, f"pagefind@{PAGEFIND}"])
    out, _ = run(["npx", "--no-install", "pagefind", "--version"], cwd=cache)
    return out.strip()


def sizes(path):
    data = open(path, "rb").read()
    return len(data), min(len(data), len(gzip.compress(data, 9)))


def tree(folder, ending=""):
    files = [os.path.join(r, f) for r, _, fs in os.walk(folder) for f in fs if f.endswith(ending)]
    return len(files), sum(sizes(f)[0] for f in files), sum(sizes(f)[1] for f in files)


class Server:
    """Serves the site and the harness pages; records every path the browser requests."""

    def __init__(self, site):
        self.requested, self.result = [], None
        self.done = threading.Event()
        bench = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **kw):
                super().__init__(*a, directory=site, **kw)

            def do_GET(self):
                path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
                bench.requested.append(path)
                pages = {"/__bench/pagefind.html": PAGEFIND_HARNESS, "/__bench/acta.html": ACTA_HARNESS}
                if path in pages:
                    body = pages[path].encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                super().do_GET()

            def do_POST(self):
                bench.result = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                self.send_response(204)
                self.end_headers()
                bench.done.set()

            def end_headers(self):
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def log_message(self, *a):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def load(self, path, wait=300):
        """Opens path in a fresh headless Chromium until the page posts its result; returns the
        result and the paths requested, in order, without repeats."""
        self.requested, self.result = [], None
        self.done.clear()
        profile = tempfile.mkdtemp(prefix="acta-bench-chromium-")
        browser = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={profile}",
             f"http://127.0.0.1:{self.port}{path}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            if not self.done.wait(wait):
                sys.exit(f"no result from {path} after {wait} s")
            time.sleep(0.5)  # anything the page still fetches after posting is counted too
        finally:
            os.killpg(browser.pid, signal.SIGTERM)  # the browser started here, and its children
            browser.wait()
            shutil.rmtree(profile, ignore_errors=True)
        return self.result, list(dict.fromkeys(self.requested))


def page_text(site, url):
    path = os.path.join(site, urllib.parse.unquote(url).lstrip("/"))
    if path.endswith("/") or os.path.isdir(path):
        path = os.path.join(path, "index.html")
    text = re.sub(r"(?s)<(script|style)\b.*?</\1>|<[^>]+>", " ", open(path, encoding="utf-8").read())
    return html.unescape(text).lower()


def fetched(site, paths, prefixes):
    files = [p for p in paths if p.startswith(prefixes) and os.path.isfile(os.path.join(site, p.lstrip("/")))]
    raw = gz = 0
    for p in files:
        r, g = sizes(os.path.join(site, p.lstrip("/")))
        raw, gz = raw + r, gz + g
        print(f"  fetched {p}: {r:,} ({g:,} gzipped)", file=sys.stderr)
    return len(files), raw, gz


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=10000)
    ap.add_argument("--out", help="work folder (default /tmp/acta-search-<items>)")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "acta-bench-pagefind"),
                    help="where pagefind is installed (default /tmp/acta-bench-pagefind)")
    ap.add_argument("--query", action="append", help='first queries (default "dang vien", "đảng viên")')
    ap.add_argument("--reuse", action="store_true", help="keep an already built Acta site")
    args = ap.parse_args()
    queries = args.query or ["dang vien", "đảng viên"]
    out = args.out or f"/tmp/acta-search-{args.items}"
    content, site = os.path.join(out, "content"), os.path.join(out, "site")
    for tool in ("chromium", "npm", "npx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed")
    version = ensure_pagefind(args.cache)

    acta_index = acta_wall = None
    if not (args.reuse and os.path.exists(os.path.join(site, "search", "index.js"))):
        shutil.rmtree(out, ignore_errors=True)
        run([sys.executable, os.path.join(HERE, "corpus.py"), str(args.items), content])
        print("building with Acta…", file=sys.stderr)
        log, acta_wall = run([os.path.join(ROOT, "acta"), "build", "--timings", "--source", content,
                              "--output", site, "--as-of", "2025-06-30"])
        acta_index = int(re.search(r"search index (\d+) ms", log).group(1)) / 1000
        pages = re.search(r"built (\d+) pages", log).group(1)
        print(log.strip(), file=sys.stderr)
    shutil.rmtree(os.path.join(site, "pagefind"), ignore_errors=True)
    print("indexing with Pagefind…", file=sys.stderr)
    log, pf_wall = run(["npx", "--no-install", "pagefind", "--site", site], cwd=args.cache)
    print(log.strip(), file=sys.stderr)
    pf_pages = re.search(r"Indexed (\d+) pages", log).group(1)
    pf_index = float(re.search(r"Finished in ([\d.]+) seconds", log).group(1))

    html_pages = sum(f.endswith(".html") for _, _, fs in os.walk(site) for f in fs)
    a_files, a_raw, a_gz = tree(os.path.join(site, "search"), ".js")
    a_rt = sizes(os.path.join(site, "static", "search.js"))
    pf = os.path.join(site, "pagefind")
    p_files, p_raw, p_gz = 0, 0, 0
    p_rt_files, p_rt_raw, p_rt_gz = 0, 0, 0
    for r, _, fs in os.walk(pf):
        for f in fs:
            s = sizes(os.path.join(r, f))
            if r == pf and (f.endswith((".js", ".css")) or f.startswith("wasm.")):
                p_rt_files, p_rt_raw, p_rt_gz = p_rt_files + 1, p_rt_raw + s[0], p_rt_gz + s[1]
            else:
                p_files, p_raw, p_gz = p_files + 1, p_raw + s[0], p_gz + s[1]

    print(f"\n{args.items} items, {html_pages} HTML pages; {version}; "
          f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs\n")
    print("| | Acta | Pagefind |\n|---|---:|---:|")
    print(f"| index build | {acta_index if acta_index is not None else '–'} s (stage of a "
          f"{acta_wall and round(acta_wall)} s build) | {pf_index} s ({pf_wall:.0f} s with npx) |")
    print(f"| index files | {a_files} | {p_files} |")
    print(f"| index bytes (gzipped) | {a_raw:,} ({a_gz:,}) | {p_raw:,} ({p_gz:,}) |")
    print(f"| runtime files, bytes (gzipped) | 1, {a_rt[0]:,} ({a_rt[1]:,}) | "
          f"{p_rt_files}, {p_rt_raw:,} ({p_rt_gz:,}) |")

    server = Server(site)
    rows = []
    for q in queries:
        enc = urllib.parse.quote(q)
        print(f'first query "{q}", Acta:', file=sys.stderr)
        res, paths = server.load(f"/__bench/acta.html?q={enc}")
        a = fetched(site, paths, ("/static/search.js", "/search/"))
        an, a_top = res["count"], (res["urls"] or [None])[0]
        numbers = [int(re.sub(r"\D", "", n)) for n in re.findall(r"\d[\d.,]*", res["status"].replace(q, ""))]
        an = f"{an} of {max(numbers, default=an)}"  # the status line says how many match
        print(f'first query "{q}", Pagefind:', file=sys.stderr)
        res, paths = server.load(f"/__bench/pagefind.html?n={RESULTS}&q={enc}")
        if "error" in res:
            sys.exit(f"pagefind in the browser: {res['error']}")
        p = fetched(site, paths, ("/pagefind/",))
        p_top = (res["urls"] or [None])[0]
        rows.append((q, a, an, a_top, p, res["count"], p_top))

    for q, a, an, a_top, p, pn, p_top in rows:
        def has(url):
            return "–" if url is None else ("yes" if "đảng viên" in page_text(site, url) else "no")
        print(f'| first query "{q}": files, bytes (gzipped) | {a[0]}, {a[1]:,} ({a[2]:,}) | '
              f"{p[0]}, {p[1]:,} ({p[2]:,}) |")
        print(f'| "{q}": results shown; top result has "đảng viên" | {an}; {has(a_top)} ({a_top}) | '
              f"{min(pn, RESULTS)} of {pn}; {has(p_top)} ({p_top}) |")
    server.httpd.shutdown()


if __name__ == "__main__":
    main()
