#!/usr/bin/env python3
"""Measures `acta import` against a folder of published reports and what a careful reader finds in them.

    python3 bench/import_eval.py DIR                 # a table per report and in total
    python3 bench/import_eval.py DIR --markdown      # the same table in Markdown, for docs/import.md
    python3 bench/import_eval.py DIR --details       # also each speaker, task and figure, matched or not
    python3 bench/import_eval.py DIR --keep OUT      # keep each report's content folder under OUT/<report>

DIR holds one `<report>.html` per report and a `truth.json` (see its "_about"): per report the
words the event's title must contain, the named speeches (name, role, the words the stated
position must contain), the people named who did not speak, every assignment (the words of its
assignee and of its text) and the value of every figure.

Each report is imported into a content folder of its own (a `site.yaml` and nothing else) with
`./acta import`, and the draft is built with `./acta build`. Then, compared without diacritics,
case or punctuation:

- speakers: a speech in the draft is *found* when its speaker's name is a listed speaker's, and
  *fully right* when its role and its position (the speech's `position`, else the person's) are
  right too; a named speaker that is not listed is *invented*. Speeches without a speaker (the
  floor's discussion) are not scored.
- tasks: an assignment is *drafted* when a task file's assignee (the organization's name) holds
  all its assignee words and the task's title one of its text words; *listed* when one item of
  the importer's summary holds them all; found = drafted or listed. Precision: task files that
  match an assignment, of all task files.
- figures: a figure of the draft is *right* when its value is a listed value (or one of its other
  scalings); any other value is *wrong*.
- title: the event's title holds every title word. builds: `./acta build` exits 0 with no error.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("import_eval.py needs PyYAML (Debian: apt-get install python3-yaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
ACTA = os.path.join(os.path.dirname(HERE), "acta")


def fold(text):
    text = unicodedata.normalize("NFD", str(text)).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def holds(text, words):
    padded = " " + fold(text) + " "
    return all(" " + fold(w) + " " in padded for w in words)


def holds_any(text, words):
    return any(holds(text, [w]) for w in words)


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".yaml"):
        return yaml.safe_load(text) or {}, ""
    parts = text.split("\n---\n", 1)
    head = parts[0][4:] if parts[0].startswith("---\n") else ""
    return yaml.safe_load(head) or {}, parts[1] if len(parts) > 1 else ""


def run(args):
    done = subprocess.run([ACTA] + args, capture_output=True, text=True, timeout=300)
    return done.returncode, done.stdout, done.stderr


class Draft:
    """What one import wrote into a content folder, read back."""

    def __init__(self, content, summary):
        self.title, self.figures, self.speeches, self.tasks = "", [], [], []
        self.summary = [l.strip()[2:] for l in summary.splitlines() if l.strip().startswith("- ")]
        people = {os.path.basename(p)[:-5]: front_matter(p)[0] for p in glob.glob(content + "/people/*.yaml")}
        orgs = {os.path.basename(p)[:-5]: front_matter(p)[0] for p in glob.glob(content + "/organizations/*.yaml")}
        for index in sorted(glob.glob(content + "/events/*/index.md")):
            event, _ = front_matter(index)
            self.title = str(event.get("title", ""))
            self.figures = [f for f in event.get("figures") or [] if isinstance(f, dict)]
            for speech in sorted(glob.glob(os.path.dirname(index) + "/*.md")):
                if speech == index:
                    continue
                fields, _ = front_matter(speech)
                person = people.get(fields.get("speaker"), {})
                if not person:
                    continue
                position = fields.get("position") or " ; ".join(
                    str(p.get("title", "")) for p in person.get("positions") or [] if isinstance(p, dict))
                self.speeches.append({"name": str(person.get("name", "")), "role": fields.get("role", ""),
                                      "position": str(position), "file": os.path.relpath(speech, content)})
        for task in sorted(glob.glob(content + "/tasks/*.md")):
            fields, _ = front_matter(task)
            org = orgs.get(fields.get("assignee"), {})
            self.tasks.append({"assignee": str(org.get("name", fields.get("assignee", ""))),
                               "title": str(fields.get("title", "")), "file": os.path.relpath(task, content)})


def score_speakers(truth, draft, notes):
    expected = truth.get("speakers", [])
    unnamed = [w for ws in truth.get("unnamed_ok", []) for w in ws]
    used, found, right = set(), 0, 0
    for t in expected:
        roles = t.get("roles_ok", [t["role"]])
        candidates = [i for i, s in enumerate(draft.speeches) if i not in used and fold(s["name"]) == fold(t["name"])]
        candidates.sort(key=lambda i: draft.speeches[i]["role"] not in roles)
        if not candidates:
            notes.append(f"  speaker missed: {t['name']} ({t['role']})")
            continue
        s = draft.speeches[candidates[0]]
        used.add(candidates[0])
        found += 1
        ok_role, ok_position = s["role"] in roles, holds(s["position"], t.get("position_words", []))
        right += ok_role and ok_position
        mark = "right" if ok_role and ok_position else "found"
        notes.append(f"  speaker {mark}: {s['name']} | {s['role']} | {s['position']}")
    invented = 0
    for i, s in enumerate(draft.speeches):
        if i not in used and not any(holds(s["name"], [w]) for w in unnamed):
            invented += 1
            notes.append(f"  speaker INVENTED: {s['name']} | {s['role']} | {s['file']}")
    return {"speakers": len(expected), "found": found, "right": right, "invented": invented,
            "drafted_speakers": len(draft.speeches)}


def score_tasks(truth, draft, notes):
    expected = truth.get("tasks", [])
    used_files, used_items, drafted, listed = set(), set(), 0, 0
    for t in expected:
        who, what = t["assignee_words"], t["text_words"]
        hit = next((i for i, d in enumerate(draft.tasks) if i not in used_files and holds(d["assignee"], who)
                    and holds_any(d["title"], what)), None)
        if hit is not None:
            used_files.add(hit)
            drafted += 1
            notes.append(f"  task drafted: {draft.tasks[hit]['assignee']} | {draft.tasks[hit]['title'][:90]}")
            continue
        item = next((i for i, s in enumerate(draft.summary) if i not in used_items and holds(s, who)
                     and holds_any(s, what)), None)
        if item is not None:
            used_items.add(item)
            listed += 1
            notes.append(f"  task listed: {draft.summary[item][:110]}")
        else:
            notes.append(f"  task missed: {' '.join(who)} | {what[0]}")
    for i, d in enumerate(draft.tasks):
        if i not in used_files:
            notes.append(f"  task UNMATCHED file: {d['assignee']} | {d['title'][:90]}")
    return {"tasks": len(expected), "drafted": drafted, "listed": listed, "task_files": len(draft.tasks),
            "task_files_right": len(used_files)}


def score_figures(truth, draft, notes):
    expected = truth.get("figures", [])
    neutral = [float(v) for v in truth.get("neutral_values", [])]
    used, right, wrong = set(), 0, 0
    for f in draft.figures:
        try:
            value = float(f.get("value"))
        except (TypeError, ValueError):
            value = None
        hit = next((i for i, t in enumerate(expected) if i not in used and value is not None
                    and any(abs(value - float(v)) < 1e-9 * max(1.0, abs(v)) for v in [t["value"]] + t.get("alt_values", []))),
                   None)
        label = f"{f.get('value')} {f.get('unit', '') or ''} | {f.get('label', '')}"
        if hit is not None:
            used.add(hit)
            right += 1
            notes.append(f"  figure right: {label}")
        elif value is not None and value in neutral:
            notes.append(f"  figure neutral: {label}")
        else:
            wrong += 1
            notes.append(f"  figure WRONG: {label}")
    for i, t in enumerate(expected):
        if i not in used:
            notes.append(f"  figure missed: {t['value']}")
    return {"figures": len(expected), "figures_right": right, "figures_wrong": wrong,
            "drafted_figures": len(draft.figures)}


def evaluate(folder, name, truth, keep):
    work = tempfile.mkdtemp(prefix="acta-import-eval-")
    try:
        content = os.path.join(work, "content")
        os.makedirs(content)
        with open(os.path.join(content, "site.yaml"), "w", encoding="utf-8") as f:
            f.write("title: Import evaluation\nbase_url: https://example.org/\n")
        code, out, err = run(["import", os.path.join(folder, name + ".html"), "--source", content])
        if code == 3:
            sys.exit("./acta could not be run (it builds itself first):\n" + err)
        notes = [f"{name}: import exit {code}"] + (["  " + err.strip()] if code else [])
        draft = Draft(content, out)
        built, _, build_err = run(["build", "--source", content, "--output", os.path.join(work, "site"),
                                   "--as-of", "2030-01-01"])
        errors = [l for l in build_err.splitlines() if ": error:" in l]
        builds = code == 0 and built == 0 and not errors
        notes.extend("  build " + l for l in errors)
        result = {"report": name, "title_right": holds(draft.title, truth.get("title_words", [])) and code == 0,
                  "builds": builds}
        notes.append(f"  title {'right' if result['title_right'] else 'WRONG'}: {draft.title}")
        result.update(score_speakers(truth, draft, notes))
        result.update(score_tasks(truth, draft, notes))
        result.update(score_figures(truth, draft, notes))
        if keep:
            target = os.path.join(keep, name)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(content, target)
            with open(os.path.join(target, "import-summary.txt"), "w", encoding="utf-8") as f:
                f.write(out + err)
        return result, notes
    finally:
        shutil.rmtree(work, ignore_errors=True)


def pct(part, whole):
    return "–" if whole == 0 else f"{100 * part / whole:.0f} %"


def row(r):
    found = r["drafted"] + r["listed"]
    return [r["report"], f"{r['found']}/{r['speakers']}", f"{r['right']}/{r['speakers']}", str(r["invented"]),
            f"{found}/{r['tasks']} ({r['drafted']} drafted)", f"{r['task_files_right']}/{r['task_files']}",
            f"{r['figures_right']}/{r['figures']}", str(r["figures_wrong"]),
            "yes" if r["title_right"] else "no", "yes" if r["builds"] else "NO"]


HEADER = ["report", "speakers found", "fully right", "invented", "tasks found", "task files right",
          "figures right", "wrong values", "title right", "builds"]


def total(results):
    t = {k: sum(r[k] for r in results) for k in results[0] if isinstance(results[0][k], (int, bool))}
    cells = ["total", f"{t['found']}/{t['speakers']} = {pct(t['found'], t['speakers'])}",
             f"{t['right']}/{t['speakers']} = {pct(t['right'], t['speakers'])}", str(t["invented"]),
             f"{t['drafted'] + t['listed']}/{t['tasks']} = {pct(t['drafted'] + t['listed'], t['tasks'])} "
             f"({t['drafted']} drafted)",
             f"{t['task_files_right']}/{t['task_files']} = {pct(t['task_files_right'], t['task_files'])}",
             f"{t['figures_right']}/{t['figures']} = {pct(t['figures_right'], t['figures'])}",
             str(t["figures_wrong"]),
             f"{t['title_right']}/{len(results)} = {pct(t['title_right'], len(results))}",
             f"{t['builds']}/{len(results)}"]
    return cells


def print_table(rows, markdown):
    if markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|" + "---|" * len(HEADER))
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(r[i]) for r in [HEADER] + rows) for i in range(len(HEADER))]
    for r in [HEADER] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", help="folder of <report>.html files and their truth.json")
    parser.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    parser.add_argument("--details", action="store_true", help="print each speaker, task and figure")
    parser.add_argument("--keep", metavar="OUT", help="keep each report's content folder under OUT/<report>")
    args = parser.parse_args()
    with open(os.path.join(args.dir, "truth.json"), encoding="utf-8") as f:
        truths = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    results = []
    for name, truth in truths.items():
        if not os.path.exists(os.path.join(args.dir, name + ".html")):
            print(f"{name}: no {name}.html in {args.dir}; skipped", file=sys.stderr)
            continue
        result, notes = evaluate(args.dir, name, truth, args.keep)
        results.append(result)
        if args.details:
            print("\n".join(notes))
    if not results:
        sys.exit(f"no report of truth.json found in {args.dir}")
    if args.details:
        print()
    print_table([row(r) for r in results] + [total(results)], args.markdown)


if __name__ == "__main__":
    main()
