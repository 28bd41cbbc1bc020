package org.acta.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.model.Ids;

/**
 * Every word and every pair of adjacent words of the indexed pages, each held once with its
 * postings. Pages are cut into words on all cores at once ({@link #of}); the postings are then
 * filled in page order on one thread ({@link PageTerms#post}), which is only appending.
 */
final class Terms {
    /** A word or a pair of words: its exact lowercase form, its folded key, and the pages it is on. */
    static final class Term {
        final String exact;
        final String key;
        final Postings postings = new Postings();
        /** The pairs this word starts, by their second word; null for a pair. */
        private final ConcurrentHashMap<Term, Term> pairs;

        private Term(String exact, String key, boolean word) {
            this.exact = exact;
            this.key = key;
            this.pairs = word ? new ConcurrentHashMap<>() : null;
        }
    }

    /** A page's distinct terms with their weights: how often (up to 15), and in title or heading. */
    record PageTerms(Term[] terms, byte[] weights) {
        void post(int page) {
            for (int i = 0; i < terms.length; i++) {
                terms[i].postings.append(page, weights[i]);
            }
        }
    }

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
        Term[] terms = new Term[weights.size()];
        byte[] bytes = new byte[weights.size()];
        int i = 0;
        for (Map.Entry<Term, Integer> e : weights.entrySet()) {
            terms[i] = e.getKey();
            bytes[i++] = (byte) (int) e.getValue();
        }
        return new PageTerms(terms, bytes);
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
        return term != null ? term : words.computeIfAbsent(exact, e -> new Term(e, Ids.fold(e), true));
    }

    private static Term pair(Term first, Term second) {
        Term term = first.pairs.get(second);
        return term != null ? term : first.pairs.computeIfAbsent(second,
                s -> new Term(first.exact + " " + s.exact, first.key + " " + s.key, false));
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
