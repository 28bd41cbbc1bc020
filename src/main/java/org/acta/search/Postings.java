package org.acta.search;

/**
 * The compact text form of a posting list, which the browser script decodes: for each page, in
 * increasing page number, the gap from the previous page as a base-32 number (digits that go on
 * are the upper half of the alphabet), then one character of weight: how often the word occurs
 * (1 to 15), plus 16 when it is in the title and 32 when it is in a section heading.
 */
final class Postings {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final int IN_TITLE = 16;
    static final int IN_HEADING = 32;
    static final int MAX_COUNT = 15;

    private final StringBuilder text = new StringBuilder();
    private int last = -1;

    /** A page's weight after one more occurrence, found with {@code flags}; {@code weight} 0 for the first. */
    static int plusOne(int weight, int flags) {
        return Math.min(MAX_COUNT, (weight & MAX_COUNT) + 1) | (weight & ~MAX_COUNT) | flags;
    }

    /** Adds a page after the last, with its whole weight at once (see {@link Terms.PageTerms}). */
    void append(int page, int weight) {
        if (page <= last) {
            throw new IllegalArgumentException("pages out of order: " + page + " after " + last);
        }
        gap(page - Math.max(last, 0));
        text.append(ALPHABET.charAt(weight));
        last = page;
    }

    int length() {
        return text.length();
    }

    private void gap(int n) {
        int digits = 1;
        while (n >>> (5 * digits) != 0) {
            digits++;
        }
        for (int d = digits - 1; d >= 0; d--) {
            int value = (n >>> (5 * d)) & 31;
            text.append(ALPHABET.charAt(d > 0 ? 32 + value : value));
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
