#!/usr/bin/env python3
"""Writes a deterministic proceedings corpus twice: in Acta's content format and in Hugo's layout.

    python3 bench/generate.py --pages 10000 --out /tmp/acta-bench

makes /tmp/acta-bench/acta/content (Acta) and /tmp/acta-bench/hugo (a Hugo site with the
minimal theme in bench/hugo-theme). Each event makes 8 pages (the event, 4 speeches, 3 tasks);
people and organisations are added in proportion. The same seed gives the same bytes.
"""
import argparse
import os
import random
import shutil

SYLLABLES = ("phát triển đảng viên trong các trường học kết nạp học sinh sinh viên giáo viên "
             "công tác xây dựng Đảng chính trị tư tưởng tuyên truyền giáo dục thành phố quận huyện "
             "thị xã nhiệm vụ cấp bách lâu dài hệ thống chỉ tiêu tạo nguồn liên thông bồi dưỡng nhận thức "
             "trung tâm chương trình kế hoạch triển khai thực hiện đánh giá kết quả hạn chế nguyên nhân "
             "giải pháp đề nghị kiến nghị phối hợp lãnh đạo chỉ đạo Ban Tổ chức Tuyên giáo Thành ủy Hà Nội "
             "Sở Giáo dục Đào tạo đoàn thanh niên cơ sở đảng khát vọng cống hiến thế hệ trẻ").split()
GIVEN = "Văn Thị Đức Minh Thu Hồng Quang Thế Ngọc Thanh Hữu Xuân".split()
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương".split()
LAST = "Phong Cương Bảo Hà Lan Hùng Dũng Tuấn Hương Mai Nam Sơn Long Hải Trang".split()
ROLES = ["opening", "discussion", "remarks", "conclusion"]


def fold(text):
    import unicodedata
    out = unicodedata.normalize("NFD", text)
    out = "".join(c for c in out if unicodedata.category(c) != "Mn")
    return out.replace("đ", "d").replace("Đ", "D").lower()


def slug(text):
    s, hyphen = [], False
    for c in fold(text):
        if c.isascii() and c.isalnum():
            if hyphen and s:
                s.append("-")
            s.append(c)
            hyphen = False
        else:
            hyphen = True
    return "".join(s)


class Corpus:
    def __init__(self, pages, seed):
        self.rng = random.Random(seed)
        self.events = max(1, pages // 8)
        self.people = [self.person(i) for i in range(max(8, self.events // 4))]
        self.orgs = [self.org(i) for i in range(max(6, self.events // 8))]

    def words(self, n):
        return " ".join(self.rng.choice(SYLLABLES) for _ in range(n))

    def sentence(self):
        s = self.words(self.rng.randint(8, 18))
        return s[0].upper() + s[1:] + "."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 5)))

    def person(self, i):
        name = f"{FAMILY[i % len(FAMILY)]} {GIVEN[(i // 3) % len(GIVEN)]} {LAST[(i // 7) % len(LAST)]}"
        return (f"p{i:05d}-{slug(name)}", name)

    def org(self, i):
        name = f"Ban {self.words(2).title()} số {i}"
        return (f"o{i:05d}-{slug(name)}", name)

    def body(self, links):
        parts = [self.paragraph(), "## " + self.words(4).capitalize(), self.paragraph(),
                 "- " + self.sentence() + "\n- " + self.sentence() + "\n- " + self.sentence(),
                 "## " + self.words(3).capitalize(), self.paragraph() + " Xem " + links + "."]
        return "\n\n".join(parts) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def q(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def generate(pages, out, seed):
    c = Corpus(pages, seed)
    acta = os.path.join(out, "acta", "content")
    hugo = os.path.join(out, "hugo")
    for folder in (os.path.join(out, "acta"), hugo):
        shutil.rmtree(folder, ignore_errors=True)
    write(os.path.join(acta, "site.yaml"), "title: Bench\nbase_url: https://bench.example.org/\nas_of: 2025-06-30\n")
    write(os.path.join(hugo, "hugo.toml"),
          'baseURL = "https://bench.example.org/"\ntitle = "Bench"\nlanguageCode = "vi"\ntheme = "acta-bench"\n'
          'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n')
    theme_src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-theme")
    shutil.copytree(theme_src, os.path.join(hugo, "themes", "acta-bench"))
    for pid, name in c.people:
        write(os.path.join(acta, "people", pid + ".yaml"),
              f"name: {q(name)}\npositions:\n  - title: {q('Trưởng ' + c.words(2))}\n    from: 2015\n")
        write(os.path.join(hugo, "content", "people", pid + ".md"), f"---\ntitle: {q(name)}\n---\n")
    for oid, name in c.orgs:
        write(os.path.join(acta, "organizations", oid + ".yaml"), f"name: {q(name)}\n")
        write(os.path.join(hugo, "content", "organizations", oid + ".md"), f"---\ntitle: {q(name)}\n---\n")
    for e in range(c.events):
        year = 2000 + e % 25
        month = 1 + (e // 25) % 12
        eid = f"e{e:05d}-{slug(c.words(3))}"
        title = "Hội nghị " + c.words(5)
        organizer = c.rng.choice(c.orgs)[0]
        link = f"[{c.words(2)}](/organizations/{organizer}/)"
        write(os.path.join(acta, "events", eid, "index.md"),
              f"---\ntitle: {q(title)}\ndate: {year}-{month:02d}\norganizers: [{organizer}]\n"
              f"tags: [{q(c.words(2))}]\n---\n" + c.body(link))
        write(os.path.join(hugo, "content", "events", eid, "_index.md"),
              f"---\ntitle: {q(title)}\ndate: {year}-{month:02d}-01\n---\n" + c.body(link))
        for s, role in enumerate(ROLES):
            speaker = c.rng.choice(c.people)[0]
            sid = f"s{s + 1}-{role}"
            stitle = c.words(6).capitalize()
            write(os.path.join(acta, "events", eid, sid + ".md"),
                  f"---\ntitle: {q(stitle)}\nspeaker: {speaker}\nrole: {role}\norder: {s + 1}\n---\n" + c.body(link))
            write(os.path.join(hugo, "content", "events", eid, sid + ".md"),
                  f"---\ntitle: {q(stitle)}\nspeaker: {speaker}\nweight: {s + 1}\n---\n" + c.body(link))
        for t in range(3):
            tid = f"{eid}-t{t + 1}"
            assignee = c.rng.choice(c.orgs)[0]
            ttitle = "Triển khai " + c.words(5)
            due = f"{year + 1}-{month:02d}"
            write(os.path.join(acta, "tasks", tid + ".md"),
                  f"---\ntitle: {q(ttitle)}\nevent: {eid}\nspeech: s4-conclusion\nassignee: {assignee}\n"
                  f"due: {due}\n---\n" + c.paragraph() + "\n")
            write(os.path.join(hugo, "content", "tasks", tid + ".md"),
                  f"---\ntitle: {q(ttitle)}\nevent: {eid}\nassignee: {assignee}\n---\n" + c.paragraph() + "\n")
    return c.events * 8 + len(c.people) + len(c.orgs)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10000, help="about how many content pages (default 10000)")
    parser.add_argument("--out", default="/tmp/acta-bench", help="where to write the two corpora")
    parser.add_argument("--seed", type=int, default=17022025)
    args = parser.parse_args()
    n = generate(args.pages, args.out, args.seed)
    print(f"wrote {n} content items in {args.out}/acta/content and {args.out}/hugo")


if __name__ == "__main__":
    main()
