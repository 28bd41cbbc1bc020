#!/usr/bin/env python3
"""Acta's search against Pagefind on the same built site, in one run.

    python3 bench/search_vs_pagefind.py                  # 10,000 items, "dang vien" and "đảng viên"
    python3 bench/search_vs_pagefind.py --items 1000     # quicker

Steps: corpus.py writes N items (real sentences of the sample recombined, so "đảng viên" occurs
as readers write it); Acta builds the site (`build --timings` gives the search-index stage);
Pagefind (npm package, installed into a cache folder outside the repository when missing) indexes
the same built site with its defaults (`npx pagefind --site SITE`: no data-pagefind-body in Acta's
pages, so it indexes every page's whole <body>). Then each first query is run in headless
Chromium against a local HTTP server that records every file the browser requests: Acta's
/search/?q=… page, and for Pagefind a small page that imports /pagefind/pagefind.js, searches and
loads the data of the first ten results (as many as Acta shows). Only the search files are
counted (Acta: static/search.js and search/; Pagefind: pagefind/), not the pages around them.
Gzipped sizes are each file gzipped at level 9, or as stored when that is smaller (Pagefind's
index, fragments and wasm are already gzipped). A fresh browser profile per query: nothing cached.
"""
import argparse
import gzip
import html
import http.server
import json
import os
import re
import shutil
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

HARNESS = """<!doctype html><meta charset="utf-8"><title>pagefind bench</title><pre id="out">pending</pre>
<script type="module">
const p = new URLSearchParams(location.search);
const out = document.getElementById('out');
try {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(p.get('q'));
  const data = await Promise.all(search.results.slice(0, +p.get('n')).map(r => r.data()));
  out.textContent = JSON.stringify({count: search.results.length, urls: data.map(d => d.url),
                                    titles: data.map(d => d.meta.title)});
} catch (e) { out.textContent = JSON.stringify({error: String(e)}); }
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


def tree(folder):
    files = [os.path.join(r, f) for r, _, fs in os.walk(folder) for f in fs]
    return len(files), sum(sizes(f)[0] for f in files), sum(sizes(f)[1] for f in files)


class Server:
    """Serves the site and the Pagefind harness; records every path requested."""

    def __init__(self, site):
        self.requested = []
        bench = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **kw):
                super().__init__(*a, directory=site, **kw)

            def do_GET(self):
                path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
                bench.requested.append(path)
                if path == "/__bench/pagefind.html":
                    body = HARNESS.encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                super().do_GET()

            def end_headers(self):
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def log_message(self, *a):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def load(self, path):
        """Opens path in a fresh headless Chromium; returns the DOM and the paths requested."""
        self.requested = []
        profile = tempfile.mkdtemp(prefix="acta-bench-chromium-")
        try:
            proc = subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 f"--user-data-dir={profile}", "--virtual-time-budget=60000", "--dump-dom",
                 f"http://127.0.0.1:{self.port}{path}"],
                capture_output=True, text=True, timeout=300)
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        return proc.stdout, list(dict.fromkeys(self.requested))


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
    a_files, a_raw, a_gz = tree(os.path.join(site, "search"))
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

    print(f"\n{args.items} items, {html_pages} HTML pages; pagefind {version}; "
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
        dom, paths = server.load(f"/search/?q={enc}")
        a = fetched(site, paths, ("/static/search.js", "/search/"))
        links = re.findall(r'<ol[^>]*id="search-results"[^>]*>(.*?)</ol>', dom, re.S)
        hrefs = re.findall(r'<a href="([^"#]*)', links[0]) if links else []
        a_top = urllib.parse.urljoin("/search/", hrefs[0]) if hrefs else None
        dom, paths = server.load(f"/__bench/pagefind.html?n={RESULTS}&q={enc}")
        p = fetched(site, paths, ("/pagefind/",))
        res = json.loads(html.unescape(re.search(r'<pre id="out">(.*?)</pre>', dom, re.S).group(1)))
        if "error" in res:
            sys.exit(f"pagefind in the browser: {res['error']}")
        p_top = res["urls"][0] if res["urls"] else None
        rows.append((q, a, len(hrefs), a_top, p, res["count"], p_top))

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
