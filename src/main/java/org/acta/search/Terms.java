package org.acta.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word and every pair of adjacent words of the indexed pages, each held once with its
 * postings. Pages are cut into words on all cores at once ({@link #of}); the postings are then
 * filled in page order ({@link PageTerms#post}), which is only appending: the terms are dealt
 * into {@link #GROUPS} groups, and each group is filled on its own thread.
 */
final class Terms {
    static final int GROUPS = 8;

    /** A word or a pair of words: its exact lowercase form, its folded key, and the pages it is on. */
    static final class Term {
        final String exact;
        final String key;
        final Postings postings = new Postings();
        final int group;
        /** The pairs this word starts, by their second word; null for a pair. */
        private final ConcurrentHashMap<Term, Term> pairs;

        private Term(String exact, String key, boolean word, int group) {
            this.group = group;
            this.exact = exact;
            this.key = key;
            this.pairs = word ? new ConcurrentHashMap<>() : null;
        }
    }

    /**
     * A page's distinct terms with their weights (how often, up to 15, and in title or heading),
     * by group: those of group g are at {@code starts[g]} to {@code starts[g + 1]}.
     */
    record PageTerms(Term[] terms, byte[] weights, int[] starts) {
        /** Adds this page, numbered {@code page}, to the postings of its terms of one group. */
        void post(int page, int group) {
            for (int i = starts[group]; i < starts[group + 1]; i++) {
                terms[i].postings.append(page, weights[i]);
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();

    private static final Comparator<Term> ORDER = Comparator.comparing((Term t) -> t.key)
            .thenComparing(t -> t.exact);

    private final ConcurrentHashMap<String, Term> words = new ConcurrentHashMap<>();

    /** The terms of one page; safe to call from many threads at once. */
    PageTerms of(SearchPage page) {
        Map<Term, Integer> weights = new HashMap<>();
        add(weights, page.title(), Postings.IN_TITLE);
        for (SearchPage.Section section : page.sections()) {
            add(weights, section.heading(), Postings.IN_HEADING);
            add(weights, section.text(), 0);
        }
        int[] starts = new int[GROUPS + 1];
        weights.keySet().forEach(term -> starts[term.group + 1]++);
        for (int g = 0; g < GROUPS; g++) {
            starts[g + 1] += starts[g];
        }
        int[] next = java.util.Arrays.copyOf(starts, GROUPS);
        Term[] terms = new Term[weights.size()];
        byte[] bytes = new byte[weights.size()];
        for (Map.Entry<Term, Integer> e : weights.entrySet()) {
            int at = next[e.getKey().group]++;
            terms[at] = e.getKey();
            bytes[at] = (byte) (int) e.getValue();
        }
        return new PageTerms(terms, bytes, starts);
    }

    private void add(Map<Term, Integer> weights, String text, int flags) {
        Words.each(text, new Words.Visitor() {
            private Term previous;

            @Override
            public void word(String exact, boolean joined) {
                Term word = Terms.this.word(exact);
                count(weights, word, flags);
                if (previous != null && joined) {
                    count(weights, pair(previous, word), flags);
                }
                previous = word;
            }
        });
    }

    private static void count(Map<Term, Integer> weights, Term term, int flags) {
        weights.merge(term, Postings.plusOne(0, flags), (old, first) -> Postings.plusOne(old, flags));
    }

    private Term word(String exact) {
        Term term = words.get(exact);
        return term != null ? term : words.computeIfAbsent(exact, e -> new Term(e, Folding.key(e), true, nextGroup()));
    }

    private Term pair(Term first, Term second) {
        Term term = first.pairs.get(second);
        return term != null ? term : first.pairs.computeIfAbsent(second,
                s -> new Term(first.exact + " " + s.exact, first.key + " " + s.key, false, nextGroup()));
    }

    private int nextGroup() {
        return Math.floorMod(created.getAndIncrement(), GROUPS);
    }

    /** Every term, by key and then exact form: the order of the index files. */
    List<Term> sorted() {
        List<Term> all = new ArrayList<>(words.values());
        for (Term word : words.values()) {
            all.addAll(word.pairs.values());
        }
        all.sort(ORDER);
        return all;
    }
}
