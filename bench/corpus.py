#!/usr/bin/env python3
"""Writes a generated proceedings corpus for the search benchmark: N items (events, speeches,
tasks, people, organizations) whose Vietnamese text is recombined from the sample's sentences.
Deterministic: the same N gives the same files.  Usage: corpus.py N OUT_DIR"""
import os, random, re, sys

n, out = int(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
sample = os.path.join(here, '..', 'content')
sentences = []
for root, _, files in os.walk(sample):
    for f in sorted(files):
        if f.endswith('.md'):
            body = open(os.path.join(root, f), encoding='utf-8').read().split('---', 2)[-1]
            body = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', body)
            for s in re.split(r'(?<=[.;:])\s+', re.sub(r'\s+', ' ', body)):
                if 40 < len(s) < 400 and not s.startswith(('|', '#', '-')):
                    sentences.append(s.strip())
rng = random.Random(4)
surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương']
middles = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Hữu', 'Ngọc']
given = ['An', 'Bảo', 'Cương', 'Dũng', 'Đạt', 'Hà', 'Hùng', 'Lan', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Yến']
topics = ['phát triển đảng viên', 'giáo dục chính trị', 'chuyển đổi số', 'cải cách hành chính',
          'bồi dưỡng cán bộ', 'công tác thanh niên', 'xây dựng nông thôn mới', 'an sinh xã hội']

def write(path, text):
    path = os.path.join(out, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w', encoding='utf-8').write(text)

def para(k):
    return ' '.join(rng.choice(sentences) for _ in range(k))

write('site.yaml', 'title: "Kỷ yếu thử tải"\nbase_url: https://example.org/\n')
people = max(5, n // 20)
orgs = max(3, n // 50)
for i in range(people):
    write(f'people/p{i}.yaml', f'name: "{rng.choice(surnames)} {rng.choice(middles)} {rng.choice(given)}"\n')
for i in range(orgs):
    write(f'organizations/o{i}.yaml', f'name: "Ban {rng.choice(topics)} số {i}"\n')
left = n - people - orgs
events = max(1, left // 9)
tasks = events
speeches = left - events - tasks
for e in range(events):
    year = 2015 + e % 10
    write(f'events/e{e}/index.md', f'---\ntitle: "Hội nghị về {rng.choice(topics)} lần {e}"\n'
          f'date: {year}-{1 + e % 12:02d}-{1 + e % 28:02d}\n---\n{para(4)}\n')
for s in range(speeches):
    e = s % events
    sections = ''.join(f'\n\n## {rng.choice(topics).capitalize()} {j}\n\n{para(5)}' for j in range(rng.randint(0, 4)))
    write(f'events/e{e}/s{s}.md', f'---\ntitle: "Tham luận về {rng.choice(topics)} số {s}"\n'
          f'speaker: p{s % people}\nrole: discussion\n---\n{para(3)}{sections}\n')
for t in range(tasks):
    write(f'tasks/t{t}.md', f'---\ntitle: "Thực hiện {rng.choice(topics)} đợt {t}"\nevent: e{t % events}\n'
          f'assignee: o{t % orgs}\ndue: {2016 + t % 10}\n---\n{para(2)}\n')
