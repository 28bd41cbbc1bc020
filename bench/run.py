#!/usr/bin/env python3
"""Times Acta against Hugo on the same generated corpus, as whole processes, in one run.

    python3 bench/run.py --pages 10000 --runs 5       # the full benchmark
    python3 bench/run.py --quick                      # 1,000 pages, 3 runs: before merging
    python3 bench/run.py --scale 1000,10000,100000 --runs 1   # how build time grows with size

Each round builds once with Acta and once with Hugo, alternating which goes first; one warm-up
round is not counted. A build is cold: each round builds into output folders of its own
(Acta: `site-rN` and the `.site-rN.builds` beside it; Hugo: `public-rN`), so nothing is reused
from a previous build. Outputs are deleted only before the first round and after the last:
on this kind of machine (ext4 with online discard on a virtual disk) the kernel's deferred work
after deleting a site takes a core for tens of seconds, and would land on whichever build runs
next. Right after each cold build the same command runs again with nothing removed and no
content changed: the rebuild a writer waits for after saving a file that did not change. Before
every timed process the file system is flushed (os.sync) and left alone for SETTLE_SECONDS,
for both tools alike.

Reported: the median wall time of each, the median of the per-round Acta/Hugo ratios, and each
tool's peak resident memory (from the kernel's accounting of the finished process, os.wait4),
for cold builds and for rebuilds; at the end, a Markdown table for bench/README.md with the
date, nproc, Hugo's and Java's versions and the command line.

--scale N1,N2,... generates a corpus of each size in turn (in DIR-N, see --out) and times only
cold builds (--runs rounds and one warm-up each), then prints per size the HTML pages each tool
wrote, median wall time, time per HTML page and peak RSS, and Acta's time per page relative to
the smallest size (near 1.00 throughout when Acta's build time grows linearly).

ACTA_JAVA_OPTS, when set, reaches the `acta` launcher unchanged (it passes it to java); the
command line printed with the table shows it. Debian's hugo is installed with apt-get when missing.
"""
import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SETTLE_SECONDS = 2.0  # after os.sync(), before each timed process: the disk is slow on metadata
ACTA_CMD = [os.path.join(ROOT, "acta"), "build", "--source", "content", "--output"]
HUGO_CMD = ["hugo", "--quiet", "--destination"]


def ensure_hugo():
    if shutil.which("hugo"):
        return
    print("installing Debian's hugo…", file=sys.stderr)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "hugo"], check=True,
                   env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))


def timed(cmd, cwd):
    """Wall seconds and peak RSS in MiB of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_maxrss / 1024


def settle():
    """Flushes the file system and waits a fixed time, so no deferred work lands on the next timing."""
    os.sync()
    time.sleep(SETTLE_SECONDS)


def output_name(name, round_no):
    return f"site-r{round_no}" if name == "acta" else f"public-r{round_no}"


def remove_outputs(cwd):
    """Removes every output of earlier rounds or runs (and the outputs of older versions of this script)."""
    for entry in os.listdir(cwd):
        if re.fullmatch(r"(site|public)(-r\d+)?|\.site(-r\d+)?\.(builds|link-\d+)", entry):
            path = os.path.join(cwd, entry)
            if os.path.islink(path) or os.path.isfile(path):
                os.unlink(path)
            else:
                shutil.rmtree(path)
    os.sync()


def html_pages(folder):
    """HTML files under folder (a link to the live build is followed)."""
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))


def generate(pages, out):
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--pages", str(pages), "--out", out],
                   check=True, stdout=sys.stderr)


def measure(pages, out, runs, rebuild):
    """Generates the corpus, runs the rounds; returns per tool the cold (and rebuild) samples and pages."""
    generate(pages, out)
    tools = {"acta": (ACTA_CMD, os.path.join(out, "acta")), "hugo": (HUGO_CMD, os.path.join(out, "hugo"))}
    result = {name: {"cold": [], "rebuild": []} for name in tools}
    for _, cwd in tools.values():
        remove_outputs(cwd)
    for round_no in range(runs + 1):
        order = ["acta", "hugo"] if round_no % 2 == 0 else ["hugo", "acta"]
        for name in order:
            cmd, cwd = tools[name]
            cmd = cmd + [output_name(name, round_no)]
            settle()
            cold = timed(cmd, cwd)
            again = None
            if rebuild:
                settle()
                again = timed(cmd, cwd)
            if round_no > 0:
                result[name]["cold"].append(cold)
                if again is not None:
                    result[name]["rebuild"].append(again)
        if round_no == 0:
            print(f"{pages} pages, warm-up round: not counted", file=sys.stderr)
            continue
        line = ", ".join(f"{name} {result[name]['cold'][-1][0]:.2f} s" for name in ("acta", "hugo"))
        if rebuild:
            line += ", rebuilt " + ", ".join(f"{name} {result[name]['rebuild'][-1][0]:.2f} s"
                                             for name in ("acta", "hugo"))
        print(f"{pages} pages, round {round_no}: {line}", file=sys.stderr)
    result["acta"]["pages"] = html_pages(os.path.join(tools["acta"][1], output_name("acta", runs)))
    result["hugo"]["pages"] = html_pages(os.path.join(tools["hugo"][1], output_name("hugo", runs)))
    for _, cwd in tools.values():
        remove_outputs(cwd)
    return result


def summary(samples):
    """Median wall seconds and peak RSS in MiB over the counted rounds."""
    return statistics.median(w for w, _ in samples), max(r for _, r in samples)


def ratio(result, kind):
    """Median of the per-round Acta/Hugo wall-time ratios."""
    return statistics.median(a[0] / h[0] for a, h in zip(result["acta"][kind], result["hugo"][kind]))


def ms_per_page(result, name):
    return 1000 * summary(result[name]["cold"])[0] / max(result[name]["pages"], 1)


def rounds_text(result):
    n = len(result["acta"]["cold"])
    return f"{n} round" + ("" if n == 1 else "s")


def report(pages, result):
    """The plain-text lines of one corpus size, as they were before --scale and rebuilds."""
    acta, hugo = result["acta"], result["hugo"]
    rounds = rounds_text(result)
    print(f"corpus: {pages} content pages requested; acta wrote {acta['pages']} HTML pages, hugo {hugo['pages']}")
    for name in ("acta", "hugo"):
        wall, rss = summary(result[name]["cold"])
        print(f"{name}: median {wall:.2f} s ({ms_per_page(result, name):.2f} ms/page), peak RSS {rss:.0f} MiB")
    print(f"acta/hugo wall-time ratio: {ratio(result, 'cold'):.2f} (median of {rounds})")
    if acta["rebuild"]:
        for name in ("acta", "hugo"):
            wall, rss = summary(result[name]["rebuild"])
            print(f"{name} rebuild, no content change: median {wall:.2f} s, peak RSS {rss:.0f} MiB")
        print(f"acta/hugo rebuild ratio: {ratio(result, 'rebuild'):.2f} (median of {rounds})")
    sys.stdout.flush()


def environment():
    """Date, nproc, hugo version, java version, the command line, for the Markdown table."""
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    java = subprocess.run(["java", "-version"], capture_output=True, text=True)
    java = ((java.stderr or java.stdout).strip().splitlines() or ["java: unknown"])[0]
    command = shlex.join([os.path.basename(sys.executable)] + sys.argv)
    if "ACTA_JAVA_OPTS" in os.environ:
        command = f"ACTA_JAVA_OPTS={shlex.quote(os.environ['ACTA_JAVA_OPTS'])} {command}"
    short = re.search(r"v(\d+\.\d+\.\d+)", hugo)
    return {"date": time.strftime("%Y-%m-%d"), "nproc": len(os.sched_getaffinity(0)), "hugo": hugo,
            "hugo_short": "Hugo " + (short.group(1) if short else "?"), "java": java, "command": command,
            "load": os.getloadavg()[0]}


def markdown_header(env):
    print()
    print(f"Run of {env['date']}, nproc {env['nproc']} (load average {env['load']:.2f} at start, "
          f"{os.getloadavg()[0]:.2f} at end); "
          f"`{env['hugo']}`; `{env['java']}`.")
    print()
    print(f"    {env['command']}")
    print()


def markdown_single(env, pages, result):
    rounds = len(result["acta"]["cold"])
    markdown_header(env)
    print(f"| corpus | Acta | {env['hugo_short']} | Acta/Hugo |")
    print("|---|---|---|---|")
    acta_wall, acta_rss = summary(result["acta"]["cold"])
    hugo_wall, hugo_rss = summary(result["hugo"]["cold"])
    print(f"| {pages:,} pages, cold build (median of {rounds}) | {acta_wall:.2f} s, {result['acta']['pages']:,} HTML "
          f"pages, peak RSS {acta_rss:.0f} MiB | {hugo_wall:.2f} s, {result['hugo']['pages']:,} pages, "
          f"{hugo_rss:.0f} MiB | {ratio(result, 'cold'):.1f} |")
    acta_wall, acta_rss = summary(result["acta"]["rebuild"])
    hugo_wall, hugo_rss = summary(result["hugo"]["rebuild"])
    print(f"| {pages:,} pages, rebuild with no change (median of {rounds}) | {acta_wall:.2f} s, peak RSS "
          f"{acta_rss:.0f} MiB | {hugo_wall:.2f} s, {hugo_rss:.0f} MiB | {ratio(result, 'rebuild'):.1f} |")


def linear_fit(points):
    """Least-squares line t = a + b·n through (n, t): (a, b, largest relative deviation); None for one point."""
    if len(points) < 2:
        return None
    mean_n = statistics.fmean(n for n, _ in points)
    mean_t = statistics.fmean(t for _, t in points)
    b = sum((n - mean_n) * (t - mean_t) for n, t in points) / sum((n - mean_n) ** 2 for n, _ in points)
    a = mean_t - b * mean_n
    return a, b, max(abs(t - (a + b * n)) / t for n, t in points)


def scale_report(env, results):
    """Acta's time per page against the smallest size, then the Markdown table of every size."""
    sizes = sorted(results)
    base = ms_per_page(results[sizes[0]], "acta")
    relative = {n: ms_per_page(results[n], "acta") / base for n in sizes}
    print()
    print(f"acta time per HTML page relative to {sizes[0]} pages: "
          + ", ".join(f"{n}: {relative[n]:.2f}" for n in sizes))
    spread = max(abs(r - 1) for r in relative.values())
    print(f"largest deviation {100 * spread:.0f} %: " + ("within" if spread <= 0.30 else "outside")
          + " ±30 % of the smallest size's time per page (which carries the whole start-up)")
    fit = linear_fit([(results[n]["acta"]["pages"], summary(results[n]["acta"]["cold"])[0]) for n in sizes])
    if fit:
        fixed, per_page, worst = fit
        print(f"acta wall time ≈ {fixed:.2f} s + {1000 * per_page:.3f} ms × HTML pages (least squares); "
              f"largest deviation of a size from that line {100 * worst:.0f} %")
    markdown_header(env)
    print(f"Cold builds, median of {rounds_text(results[sizes[0]])} per size.")
    print()
    print(f"| pages requested | Acta HTML pages | Acta median | Acta ms/page | Acta peak RSS "
          f"| Hugo HTML pages | Hugo median | Hugo ms/page | Hugo peak RSS | Acta/Hugo "
          f"| Acta ms/page vs {sizes[0]:,} |")
    print("|" + "---:|" * 11)
    for n in sizes:
        r = results[n]
        cells = [f"{n:,}"]
        for name in ("acta", "hugo"):
            wall, rss = summary(r[name]["cold"])
            cells += [f"{r[name]['pages']:,}", f"{wall:.2f} s", f"{ms_per_page(r, name):.2f}", f"{rss:.0f} MiB"]
        cells += [f"{ratio(r, 'cold'):.1f}", f"{relative[n]:.2f}"]
        print("| " + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10000, help="content pages requested (default 10000)")
    parser.add_argument("--runs", type=int, default=5, help="counted rounds (default 5)")
    parser.add_argument("--quick", action="store_true", help="1,000 pages, 3 rounds")
    parser.add_argument("--scale", default=None, metavar="N1,N2,...",
                        help="page counts, comma-separated: cold builds only, one table of every size")
    parser.add_argument("--out", default=None,
                        help="corpus folder (default /tmp/acta-bench-<pages>); with --scale, <out>-<pages> per size")
    args = parser.parse_args()
    if args.quick:
        if args.scale:
            parser.error("--quick and --scale do not go together")
        args.pages, args.runs = 1000, 3
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    sizes = [args.pages]
    if args.scale:
        try:
            sizes = sorted({int(n) for n in args.scale.split(",") if n.strip()})
        except ValueError:
            parser.error(f"--scale wants page counts separated by commas, not {args.scale!r}")
        if not sizes or min(sizes) < 1:
            parser.error("--scale wants positive page counts")

    def folder(pages):
        if args.out is None:
            return f"/tmp/acta-bench-{pages}"
        return f"{args.out}-{pages}" if args.scale else args.out

    ensure_hugo()
    subprocess.run(ACTA_CMD[:1] + ["--version"], check=True, stdout=subprocess.DEVNULL)  # builds the jar if needed
    env = environment()
    results = {}
    for pages in sizes:
        results[pages] = measure(pages, folder(pages), args.runs, rebuild=not args.scale)
        report(pages, results[pages])
    if args.scale:
        scale_report(env, results)
    else:
        markdown_single(env, args.pages, results[args.pages])


if __name__ == "__main__":
    main()
