/*
 * Acta's search, in the reader's browser, with no server and no other script.
 *
 * The index (built by org.acta.search.SearchIndex) is a set of script files under search/:
 * index.js (the manifest), t/N.js (words, sharded by a hash of the folded word) and d/N.js
 * (titles, dates and text of a few pages each). Each file calls ActaSearch.manifest/shard/pages,
 * so they load as <script> elements, which browsers allow from file:// too, where fetch is refused.
 * A query loads only the shards of its words and of its adjacent word pairs.
 *
 * fold() must stay the same function as org.acta.search.Folding.key in Java: NFD, non-spacing marks
 * dropped, đ/Đ → d, lowercase. Both are tested against src/test/resources/folding-cases.json.
 */
(function () {
  'use strict';

  var A = window.ActaSearch = {};
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var CODE = {};
  for (var c = 0; c < ALPHABET.length; c++) {
    CODE[ALPHABET.charAt(c)] = c;
  }
  var COUNT = 15, IN_TITLE = 16, IN_HEADING = 32;
  var WORD = '[\\p{L}\\p{M}\\p{N}]+';
  var PAGE_SIZE = 10;

  /** "Đảng Viên" → "dang vien". Marks outside the BMP are kept, as Java's per-char test keeps them. */
  function fold(text) {
    return text.normalize('NFD')
      .replace(/\p{Mn}/gu, function (mark) { return mark.length > 1 ? mark : ''; })
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  }

  /** The words of a text as the index cut them: {exact, key, joined}; joined = only spaces before. */
  function words(text) {
    var normal = text.normalize('NFC').toLowerCase();
    var re = new RegExp(WORD, 'gu'), m, end = -1, out = [];
    while ((m = re.exec(normal))) {
      out.push({ exact: m[0], key: fold(m[0]), joined: end >= 0 && normal.slice(end, m.index).trim() === '' });
      end = m.index + m[0].length;
    }
    return out;
  }

  /** FNV-1a over UTF-16 units, modulo the number of shards: the same as Words.shardOf in Java. */
  function shardOf(key, shards) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < key.length; i++) {
      h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  /** A posting list: the pages, in increasing order, and a weight for each (see Postings.java). */
  function decode(text) {
    var pages = [], weights = [], page = 0, i = 0;
    while (i < text.length) {
      var gap = 0, d;
      do {
        d = CODE[text.charAt(i++)];
        gap = gap * 32 + (d & 31);
      } while (d >= 32);
      page += gap;
      pages.push(page);
      weights.push(CODE[text.charAt(i++)]);
    }
    return { pages: pages, weights: weights };
  }

  // ---- loading index files as scripts ------------------------------------------------------

  var base = '';
  var loaded = {};
  var loading = {};

  A.manifest = function (m) { loaded.index = m; };
  A.shard = function (n, terms) { loaded['t' + n] = terms; };
  A.pages = function (n, list) { loaded['d' + n] = list; };

  function load(key, path) {
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = base + path;
        script.onload = function () {
          if (key in loaded) {
            resolve(loaded[key]);
          } else {
            reject(new Error('no search data in ' + path));
          }
        };
        script.onerror = function () {
          delete loading[key];
          reject(new Error('cannot load ' + path));
        };
        document.head.appendChild(script);
      });
    }
    return loading[key];
  }

  function manifest() {
    return load('index', 'index.js').then(function (m) {
      if (!m.kindOf) {
        m.kindOf = [];
        m.yearOf = [];
        m.years = [];
        m.groups.forEach(function (g) {
          for (var i = 0; i < g[2]; i++) {
            m.kindOf.push(m.kinds[g[0]]);
            m.yearOf.push(g[1]);
          }
          if (g[1] && m.years.indexOf(g[1]) < 0) {
            m.years.push(g[1]);
          }
        });
        m.years.sort(function (a, b) { return b - a; });
      }
      return m;
    });
  }

  // ---- ranking -----------------------------------------------------------------------------

  /** The terms of a query: distinct words, and adjacent pairs of words (phrases). */
  function terms(query) {
    var ws = words(query).slice(0, 12), seen = {}, single = [], pairs = [];
    ws.forEach(function (w, i) {
      if (!seen[w.key]) {
        seen[w.key] = true;
        single.push(w);
      }
      if (i > 0 && w.joined) {
        pairs.push({ exact: ws[i - 1].exact + ' ' + w.exact, key: ws[i - 1].key + ' ' + w.key });
      }
    });
    return { words: single, pairs: pairs };
  }

  /** For each page holding the term: the best score over the term's forms, with or without marks. */
  function scores(m, term, score) {
    var variants = loaded['t' + shardOf(term.key, m.shards)][term.key], best = {};
    if (!variants) {
      return best;
    }
    Object.keys(variants).forEach(function (exact) {
      var list = decode(variants[exact]), same = exact === term.exact;
      for (var j = 0; j < list.pages.length; j++) {
        var s = score(list.weights[j], same), p = list.pages[j];
        if (!(p in best) || s > best[p]) {
          best[p] = s;
        }
      }
    });
    return best;
  }

  function wordScore(weight, exact) {
    return 1 + Math.min(weight & COUNT, COUNT) / 5 + (weight & IN_TITLE ? 10 : 0) + (weight & IN_HEADING ? 3 : 0)
      + (exact ? 6 : 0);
  }

  function phraseScore(weight, exact) {
    return 8 + (weight & IN_TITLE ? 10 : 0) + (weight & IN_HEADING ? 3 : 0) + (exact ? 4 : 0);
  }

  /**
   * Ranks the pages for a query. Pages with every word come first, by score: a word typed with
   * the page's own diacritics, a word in the title or a heading, and adjacent words found
   * together as a phrase each add to it. When no page has every word, pages with the most words.
   */
  function rank(m, q, filter) {
    var total = {}, hits = {};
    q.words.forEach(function (w) {
      var best = scores(m, w, wordScore);
      Object.keys(best).forEach(function (p) {
        total[p] = (total[p] || 0) + best[p];
        hits[p] = (hits[p] || 0) + 1;
      });
    });
    q.pairs.forEach(function (pair) {
      var best = scores(m, pair, phraseScore);
      Object.keys(best).forEach(function (p) {
        if (p in total) {
          total[p] += best[p];
        }
      });
    });
    var pages = Object.keys(total).map(Number).filter(function (p) {
      return (!filter.kind || m.kindOf[p] === filter.kind) && (!filter.year || String(m.yearOf[p]) === filter.year);
    });
    var most = pages.reduce(function (n, p) { return Math.max(n, hits[p]); }, 0);
    var partial = most < q.words.length;
    pages = pages.filter(function (p) { return hits[p] === most; });
    pages.sort(function (a, b) { return total[b] - total[a] || a - b; });
    return {
      words: q.words, pairs: q.pairs, partial: partial && pages.length > 0,
      results: pages.map(function (p) { return { page: p, score: total[p], kind: m.kindOf[p], year: m.yearOf[p] }; })
    };
  }

  /** Searches: a promise of {words, partial, results: [{page, score, kind, year}]}, best first. */
  function search(query, filter) {
    var q = terms(query);
    filter = filter || {};
    if (!q.words.length) {
      return Promise.resolve({ words: [], pairs: [], partial: false, results: [] });
    }
    return manifest().then(function (m) {
      var shards = {};
      q.words.concat(q.pairs).forEach(function (t) { shards[shardOf(t.key, m.shards)] = true; });
      return Promise.all(Object.keys(shards).map(function (n) { return load('t' + n, 't/' + n + '.js'); }))
        .then(function () { return rank(m, q, filter); });
    });
  }

  /** The stored page: {url, title, date, sections: [[id, heading, text], …]}. */
  function page(number) {
    return manifest().then(function (m) {
      var lo = 0, hi = m.chunks.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (m.chunks[mid] <= number) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return load('d' + lo, 'd/' + lo + '.js').then(function (list) {
        var p = list[number - m.chunks[lo]];
        return { url: p[0], title: p[1], date: p[2], sections: p[3] };
      });
    });
  }

  // ---- snippets ----------------------------------------------------------------------------

  /** Where the query's words are in a text: [[start, end], …]. */
  function matches(text, keys) {
    var re = new RegExp(WORD, 'gu'), m, out = [];
    while ((m = re.exec(text)) && out.length < 500) {
      if (keys[fold(m[0])]) {
        out.push([m.index, m.index + m[0].length, fold(m[0])]);
      }
    }
    return out;
  }

  function distinct(found) {
    var seen = {}, n = 0;
    found.forEach(function (f) {
      if (!seen[f[2]]) {
        seen[f[2]] = true;
        n++;
      }
    });
    return n;
  }

  /** The section that holds the most of the query's words, and a window of its text around them. */
  function snippet(p, keys, phrases, width) {
    var best = null;
    p.sections.forEach(function (s, i) {
      var found = matches(s[1] + ' ' + s[2], keys);
      var folded = phrases.length ? fold(s[2]) : '';
      var score = distinct(found) * 10 + phrases.filter(function (ph) { return folded.indexOf(ph) >= 0; }).length * 5;
      if (found.length && (!best || score > best.score)) {
        best = { score: score, index: i };
      }
    });
    var section = p.sections[best ? best.index : 0] || ['', '', ''];
    if (!best) {
      for (var k = 0; k < p.sections.length && !section[2]; k++) {
        section = p.sections[k];
      }
    }
    var text = section[2], found = matches(text, keys);
    var start = 0;
    if (found.length) {
      var top = -1;
      found.forEach(function (f, i) {
        var inside = found.filter(function (g) { return g[0] >= f[0] && g[1] <= f[0] + width - 40; });
        var n = distinct(inside) * 100 + inside.length;
        if (n > top) {
          top = n;
          start = Math.max(0, f[0] - 40);
        }
      });
    }
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < start + 20 ? space + 1 : start;
    }
    var end = Math.min(text.length, start + width);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      end = back > start + width / 2 ? back : end;
    }
    return {
      id: section[0], heading: section[1], text: text.slice(start, end),
      before: start > 0, after: end < text.length,
      marks: found.filter(function (f) { return f[0] >= start && f[1] <= end; })
        .map(function (f) { return [f[0] - start, f[1] - start]; })
    };
  }

  /** Text with the given ranges wrapped in <mark>, built as nodes: page text never becomes HTML. */
  function marked(parent, text, ranges) {
    var at = 0;
    ranges.forEach(function (r) {
      parent.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      parent.appendChild(mark);
      at = r[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  A.fold = fold;
  A.words = words;
  A.shardOf = shardOf;
  A.decode = decode;
  A.search = search;
  A.page = page;

  // ---- the search page ---------------------------------------------------------------------

  function searchPage(form) {
    base = form.getAttribute('data-index');
    var root = base.replace(/search\/$/, '');
    var input = form.querySelector('input[name=q]');
    var kind = form.querySelector('select[name=kind]');
    var year = form.querySelector('select[name=year]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var fromDisk = location.protocol === 'file:';
    var seq = 0, timer = 0, current = null, shown = 0;

    function t(name, values) {
      var text = form.getAttribute('data-t-' + name) || '';
      Object.keys(values || {}).forEach(function (k) { text = text.split('{' + k + '}').join(values[k]); });
      return text;
    }

    function href(url, id) {
      var path = root + url;
      if (fromDisk && /\/$/.test(path)) {
        path += 'index.html';
      }
      return path + (id ? '#' + id : '');
    }

    function keepInAddress(query) {
      var params = [];
      if (query) {
        params.push('q=' + encodeURIComponent(query));
      }
      if (kind.value) {
        params.push('kind=' + encodeURIComponent(kind.value));
      }
      if (year.value) {
        params.push('year=' + encodeURIComponent(year.value));
      }
      var path = location.pathname;
      if (!fromDisk) {
        path = path.replace(/\/index\.html$/, '/');
      }
      try {
        history.replaceState(null, '', path + (params.length ? '?' + params.join('&').replace(/%20/g, '+') : ''));
      } catch (e) {
        // some browsers refuse to change the address of a page opened from disk; search still works
      }
    }

    function run() {
      var query = input.value.trim();
      var mine = ++seq;
      keepInAddress(query);
      if (!query) {
        current = null;
        list.textContent = '';
        more.hidden = true;
        status.textContent = t('empty');
        return;
      }
      list.setAttribute('aria-busy', 'true');
      search(query, { kind: kind.value, year: year.value }).then(function (found) {
        if (mine !== seq) {
          return;
        }
        current = found;
        current.query = query;
        shown = 0;
        list.textContent = '';
        return show(false).then(function () {
          if (mine !== seq) {
            return;
          }
          var n = found.results.length;
          status.textContent = n === 0 ? t('none', { q: query })
            : found.partial ? t('partial', { q: query, n: n })
              : n === 1 ? t('count-one', { q: query })
                : n > shown ? t('count-more', { q: query, n: n, shown: shown }) : t('count', { q: query, n: n });
        });
      }).catch(function () {
        if (mine === seq) {
          status.textContent = t('error');
        }
      }).then(function () {
        list.removeAttribute('aria-busy');
      });
    }

    /** Shows the next results; when asked, moves the focus to the first one added. */
    function show(focus) {
      var batch = current.results.slice(shown, shown + PAGE_SIZE), mine = seq;
      var keys = {};
      current.words.forEach(function (w) { keys[w.key] = true; });
      var phrases = current.pairs.map(function (p) { return p.key; });
      return Promise.all(batch.map(function (r) { return page(r.page); })).then(function (pages) {
        if (mine !== seq) {
          return;
        }
        pages.forEach(function (p, i) {
          list.appendChild(result(p, batch[i], keys, phrases));
        });
        shown += batch.length;
        more.hidden = shown >= current.results.length;
        if (focus && batch.length) {
          list.children[shown - batch.length].querySelector('a').focus();
        }
      });
    }

    function result(p, r, keys, phrases) {
      var cut = snippet(p, keys, phrases, 200);
      var li = document.createElement('li');
      var h = document.createElement('h2');
      var a = document.createElement('a');
      a.href = href(p.url, cut.id);
      marked(a, p.title, matches(p.title, keys).map(function (f) { return [f[0], f[1]]; }));
      h.appendChild(a);
      li.appendChild(h);
      var meta = document.createElement('p');
      meta.className = 'meta';
      var facts = [t('kind-' + r.kind) || r.kind];
      if (p.date) {
        facts.push(p.date);
      }
      if (cut.heading) {
        facts.push(t('section') + ': ' + cut.heading);
      }
      meta.textContent = facts.join(' · ');
      li.appendChild(meta);
      if (cut.text) {
        var text = document.createElement('p');
        text.className = 'snippet';
        marked(text, (cut.before ? '…' : '') + cut.text + (cut.after ? '…' : ''),
          cut.marks.map(function (m) { return cut.before ? [m[0] + 1, m[1] + 1] : m; }));
        li.appendChild(text);
      }
      return li;
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    }

    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    kind.value = params.get('kind') || '';
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
    input.addEventListener('input', later);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && list.querySelector('a')) {
        e.preventDefault();
        list.querySelector('a').focus();
      }
    });
    kind.addEventListener('change', run);
    year.addEventListener('change', run);
    more.addEventListener('click', function () {
      if (current) {
        show(true).then(function () {
          status.textContent = t('count-more', { q: current.query, n: current.results.length, shown: shown });
        });
      }
    });
    manifest().then(function (m) {
      m.years.forEach(function (y) {
        var option = document.createElement('option');
        option.value = option.textContent = String(y);
        year.appendChild(option);
      });
      year.value = params.get('year') || '';
      run();
    }).catch(function () {
      status.textContent = t('error');
    });
    if (!params.get('q')) {
      input.focus();
    }
  }

  var form = document.getElementById('search');
  if (form && form.getAttribute('data-index')) {
    searchPage(form);
  }
}());
