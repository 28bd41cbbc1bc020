#!/usr/bin/env python3
"""Measures a built site's search index: total size and file count, and the bytes a browser
loads for a first query (runtime + manifest + the query's word and pair shards + the page
chunks of the first ten results), raw and gzipped.  Usage: measure.py SITE_DIR "QUERY" """
import gzip, json, os, re, sys, unicodedata

site, query = sys.argv[1], sys.argv[2]
idx = os.path.join(site, 'search')

def size(path):
    data = open(path, 'rb').read()
    return len(data), len(gzip.compress(data, 9))

files = [os.path.join(r, f) for r, _, fs in os.walk(idx) for f in fs if f.endswith('.js')]
raw = sum(size(f)[0] for f in files); gz = sum(size(f)[1] for f in files)
print(f'index: {len(files)} files, {raw} bytes ({gz} gzipped)')

def fold(s):
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return s.replace('đ', 'd').replace('Đ', 'd').lower()

def shard(key, n):
    h = 0x811c9dc5
    for u in key.encode('utf-16-le').hex() and [int.from_bytes(key.encode('utf-16-le')[i:i+2], 'little') for i in range(0, len(key.encode('utf-16-le')), 2)]:
        h = ((h ^ u) * 0x01000193) & 0xffffffff
    return h % n

manifest = json.loads(re.search(r'manifest\((.*)\);', open(os.path.join(idx, 'index.js'), encoding='utf-8').read(), re.S).group(1))
words = [fold(w) for w in re.findall(r'\w+', query.lower())]
keys = list(dict.fromkeys(words + [a + ' ' + b for a, b in zip(words, words[1:])]))
shards = sorted({shard(k, manifest['shards']) for k in keys})
need = [os.path.join(site, 'static', 'search.js'), os.path.join(idx, 'index.js')]
need += [os.path.join(idx, 't', f'{s}.js') for s in shards]
# the first ten results' chunks, found as the script does: pages holding every word, best first
alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'
def decode(t):
    out, page, i = {}, 0, 0
    while i < len(t):
        gap = 0
        while True:
            d = alpha.index(t[i]); i += 1; gap = gap * 32 + (d & 31)
            if d < 32: break
        page += gap; out[page] = alpha.index(t[i]); i += 1
    return out
score, hits = {}, {}
for w in dict.fromkeys(words):
    text = open(os.path.join(idx, 't', f'{shard(w, manifest["shards"])}.js'), encoding='utf-8').read()
    terms = json.loads(re.search(r'shard\(\d+,(.*)\);', text, re.S).group(1))
    best = {}
    for exact, post in terms.get(w, {}).items():
        for p, wt in decode(post).items():
            best[p] = max(best.get(p, 0), 1 + (wt & 15) / 5 + (10 if wt & 16 else 0))
    for p, s in best.items():
        score[p] = score.get(p, 0) + s; hits[p] = hits.get(p, 0) + 1
top = sorted((p for p in score if hits[p] == len(set(words))), key=lambda p: (-score[p], p))[:10]
chunks = manifest['chunks']
used = sorted({max(i for i, c in enumerate(chunks) if c <= p) for p in top})
need += [os.path.join(idx, 'd', f'{c}.js') for c in used]
raw = sum(size(f)[0] for f in need); gz = sum(size(f)[1] for f in need)
print(f'first query "{query}": {len(need)} files, {raw} bytes ({gz} gzipped); '
      f'{len(shards)} word shards, {len(used)} page chunks for {len(top)} results shown; runtime {size(need[0])}')
