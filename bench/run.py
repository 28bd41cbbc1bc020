#!/usr/bin/env python3
"""Times Acta against Hugo on the same generated corpus, as whole processes, in one run.

    python3 bench/run.py --pages 10000 --runs 5       # the full benchmark
    python3 bench/run.py --quick                      # 1,000 pages, 3 runs: before merging

Each round builds once with Acta and once with Hugo, alternating which goes first; one warm-up
round is not counted. Reported: the median wall time of each, the median of the per-round
Acta/Hugo ratios, and each tool's peak resident memory (from the kernel's accounting of the
finished process, os.wait4). Debian's hugo is installed with apt-get when missing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5, help="counted rounds (default 5)")
    parser.add_argument("--quick", action="store_true", help="1,000 pages, 3 rounds")
    parser.add_argument("--out", default=None, help="corpus folder (default /tmp/acta-bench-<pages>)")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.runs = 1000, 3
    out = args.out or f"/tmp/acta-bench-{args.pages}"

    ensure_hugo()
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--pages", str(args.pages), "--out", out],
                   check=True)
    acta = [os.path.join(ROOT, "acta")]
    subprocess.run(acta + ["--version"], check=True, stdout=subprocess.DEVNULL)  # builds the jar if needed
    acta_cmd = acta + ["build", "--source", "content", "--output", "site"]
    hugo_cmd = ["hugo", "--quiet", "--destination", "public"]
    acta_dir, hugo_dir = os.path.join(out, "acta"), os.path.join(out, "hugo")

    results = {"acta": [], "hugo": []}
    for round_no in range(args.runs + 1):
        order = [("acta", acta_cmd, acta_dir), ("hugo", hugo_cmd, hugo_dir)]
        if round_no % 2:
            order.reverse()
        for name, cmd, cwd in order:
            shutil.rmtree(os.path.join(cwd, "site" if name == "acta" else "public"), ignore_errors=True)
            wall, rss = timed(cmd, cwd)
            if round_no > 0:
                results[name].append((wall, rss))
        if round_no > 0:
            print(f"round {round_no}: acta {results['acta'][-1][0]:.2f} s, hugo {results['hugo'][-1][0]:.2f} s",
                  file=sys.stderr)

    pages = sum(1 for _, _, files in os.walk(os.path.join(acta_dir, "site")) for f in files if f.endswith(".html"))
    hugo_pages = sum(1 for _, _, files in os.walk(os.path.join(hugo_dir, "public")) for f in files
                     if f.endswith(".html"))
    ratios = [a[0] / h[0] for a, h in zip(results["acta"], results["hugo"])]
    acta_wall = statistics.median(w for w, _ in results["acta"])
    hugo_wall = statistics.median(w for w, _ in results["hugo"])
    print(f"corpus: {args.pages} content pages requested; acta wrote {pages} HTML pages, hugo {hugo_pages}")
    print(f"acta: median {acta_wall:.2f} s ({1000 * acta_wall / max(pages, 1):.2f} ms/page), "
          f"peak RSS {max(r for _, r in results['acta']):.0f} MiB")
    print(f"hugo: median {hugo_wall:.2f} s ({1000 * hugo_wall / max(hugo_pages, 1):.2f} ms/page), "
          f"peak RSS {max(r for _, r in results['hugo']):.0f} MiB")
    print(f"acta/hugo wall-time ratio: {statistics.median(ratios):.2f} (median of {len(ratios)} rounds)")


if __name__ == "__main__":
    main()
