#!/usr/bin/env python3
"""Times the editor's loop of `./acta serve` on the generated corpus, as a whole process.

    python3 bench/serve.py --pages 10000 --edits 5      # the full benchmark
    python3 bench/serve.py --pages 1000 --edits 3       # a quick look

Starts `./acta serve --port 0` over a fresh corpus from bench/generate.py, then, for each edit:
- speech: appends a marked sentence to one speech and times from the save until the served
  speech page has it;
- person: renames one speaker and times from the save until every page of theirs (their person
  page and each of their speeches) shows the new name.
Reported: each time, and the median. The target of issue 5 is under 300 ms for the speech edit.
Kept out of the test suite: timings depend on the machine.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read().decode("utf-8")


def wait_until(urls, text, limit=60.0):
    start = time.perf_counter()
    pending = list(urls)
    while pending and time.perf_counter() - start < limit:
        pending = [u for u in pending if text not in fetch(u)]
        if pending:
            time.sleep(0.005)
    if pending:
        raise SystemExit(f"timed out waiting for {text!r} on {pending[0]}")
    return time.perf_counter()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--out", default="/tmp/acta-bench-serve")
    args = parser.parse_args()
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--pages", str(args.pages), "--out", args.out],
                   check=True)
    content = os.path.join(args.out, "acta", "content")
    serve = subprocess.Popen([os.path.join(ROOT, "acta"), "serve", "--port", "0", "--source", content],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = None
        started = time.perf_counter()
        for line in serve.stdout:
            m = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if m:
                base = m.group(1)
                break
        print(f"first build and start: {time.perf_counter() - started:.1f} s")
        log = []
        threading.Thread(target=lambda: log.extend(serve.stdout), daemon=True).start()
        events = sorted(os.listdir(os.path.join(content, "events")))
        speech_times, person_times = [], []
        for i in range(args.edits):
            event = events[(i * 7) % len(events)]
            folder = os.path.join(content, "events", event)
            speech = sorted(f for f in os.listdir(folder) if f != "index.md")[0]
            path = os.path.join(folder, speech)
            marker = f"Câu sửa số {i} lúc {time.time_ns()}."
            with open(path, "a", encoding="utf-8") as f:
                saved = time.perf_counter()
                f.write("\n" + marker + "\n")
            done = wait_until([f"{base}events/{event}/{speech[:-3]}/"], marker)
            speech_times.append((done - saved) * 1000)

            text = open(path, encoding="utf-8").read()
            person = re.search(r"^speaker: (\S+)", text, re.M).group(1)
            pages = [f"{base}people/{person}/"]
            for ev in events:
                evfolder = os.path.join(content, "events", ev)
                for name in os.listdir(evfolder):
                    if name != "index.md" and f"\nspeaker: {person}\n" in open(os.path.join(evfolder, name),
                                                                             encoding="utf-8").read():
                        pages.append(f"{base}events/{ev}/{name[:-3]}/")
            ppath = os.path.join(content, "people", person + ".yaml")
            ptext = open(ppath, encoding="utf-8").read()
            new_name = f"Tên Mới {i} {time.time_ns() % 100000}"
            with open(ppath, "w", encoding="utf-8") as f:
                saved = time.perf_counter()
                f.write(re.sub(r"^name: .*$", f'name: "{new_name}"', ptext, count=1, flags=re.M))
            done = wait_until(pages, new_name)
            person_times.append((done - saved) * 1000)
            print(f"edit {i + 1}: speech {speech_times[-1]:.0f} ms; person {person} "
                  f"({len(pages)} pages) {person_times[-1]:.0f} ms")
        print("".join(line for line in log if "rebuilt" in line), end="")
        print(f"median: speech edit {statistics.median(speech_times):.0f} ms, "
              f"person edit {statistics.median(person_times):.0f} ms")
    finally:
        serve.terminate()
        serve.wait(timeout=30)


if __name__ == "__main__":
    main()
