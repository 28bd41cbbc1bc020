package org.acta.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the known names nearest to a mistyped one, for every message that offers one. */
public final class Suggestions {
    private Suggestions() {
    }

    /** Up to three candidates close enough to be what was meant, nearest first. */
    public static List<String> to(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(java.util.Locale.ROOT);
        int limit = Math.max(1, w.length() / 3);
        return candidates.stream()
                .filter(c -> distance(w, c) <= limit || (w.length() >= 3 && c.length() >= 3
                        && (c.contains(w) || w.contains(c))))
                .sorted(Comparator.comparingInt((String c) -> distance(w, c)).thenComparing(c -> c))
                .limit(3)
                .toList();
    }

    /** {@code "; did you mean 'a' or 'b'?"}, or empty when nothing is close. */
    public static String suggestion(String wrong, Collection<String> candidates) {
        List<String> close = to(wrong, candidates);
        if (close.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("; did you mean ");
        for (int i = 0; i < close.size(); i++) {
            if (i > 0) {
                s.append(i == close.size() - 1 ? " or " : ", ");
            }
            s.append('\'').append(close.get(i)).append('\'');
        }
        return s.append('?').toString();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
