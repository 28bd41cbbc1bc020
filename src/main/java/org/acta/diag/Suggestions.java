package org.acta.diag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": the known names nearest to a mistyped one, the items an unknown id may have
 * meant by their id or their name, and the date a date written another way stands for; every
 * message that offers a choice takes it from here.
 */
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
        return phrase(to(wrong, candidates));
    }

    /**
     * Up to three items an unknown id may have meant, looked for by id and by name: first those
     * whose name, written as an id, is the id written; then those whose id or name starts with it
     * ({@code ban-to-chuc-thanh-uy} → {@code ban-to-chuc-thanh-uy-ha-noi}), contains it, or starts
     * with the same words but the last; then the closest ids by edit distance.
     *
     * @param names every item's id, and its name written as an id
     *              ({@code "Phạm Văn Khoa"} → {@code pham-van-khoa})
     */
    public static List<String> toNamed(String wrong, Map<String, String> names) {
        String w = wrong.toLowerCase(java.util.Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        if (w.length() >= 3) {
            for (int tier = 0; tier < 4; tier++) {
                int t = tier;
                names.entrySet().stream()
                        .filter(e -> byName(t, w, e.getKey()) || byName(t, w, e.getValue()))
                        .map(Map.Entry::getKey)
                        .sorted(Comparator.comparingInt(String::length).thenComparing(c -> c))
                        .forEach(found::add);
            }
        }
        List<String> named = new ArrayList<>(found);
        for (String close : to(w, names.keySet())) {
            if (!named.contains(close)) {
                named.add(close);
            }
        }
        return named.subList(0, Math.min(3, named.size()));
    }

    /** Whether {@code candidate} matches {@code wrong} at a tier: 0 the same, 1 starts with, 2 contains, 3 starts alike. */
    private static boolean byName(int tier, String wrong, String candidate) {
        return switch (tier) {
            case 0 -> candidate.equals(wrong);
            case 1 -> candidate.startsWith(wrong);
            case 2 -> candidate.contains(wrong);
            default -> startsAlike(wrong, candidate);
        };
    }

    /**
     * Whether both start with the words of {@code wrong} but its last, two words at least:
     * {@code so-giao-duc-ha-noi} and {@code so-giao-duc-dao-tao}.
     */
    private static boolean startsAlike(String wrong, String candidate) {
        int lastWord = wrong.lastIndexOf('-');
        if (lastWord < 0) {
            return false;
        }
        String head = wrong.substring(0, lastWord + 1);
        return head.chars().filter(c -> c == '-').count() >= 2 && candidate.startsWith(head);
    }

    /** {@link #toNamed} as the end of a message: {@code "; did you mean 'a' or 'b'?"}, or empty. */
    public static String suggestionNamed(String wrong, Map<String, String> names) {
        return phrase(toNamed(wrong, names));
    }

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.-](\\d{1,2})(?:[/.-](\\d{1,2}))?");

    /**
     * The dates a date written another way may stand for, as the content format writes them:
     * {@code 30/9/2024} and {@code 30-09-2024} → {@code 2024-09-30}; {@code 9/2024} and
     * {@code 2024-9} → {@code 2024-09}. Day first, as Vietnamese and most of the world write it;
     * when the day could be the month ({@code 5/9/2024}), the month-first reading comes second.
     * A trailing {@code ~} (approximate) is kept. Empty when no real date is written.
     */
    public static List<String> dates(String written) {
        String text = written.strip();
        boolean approximate = text.endsWith("~");
        String date = approximate ? text.substring(0, text.length() - 1).strip() : text;
        return readings(date).stream().map(d -> approximate ? d + "~" : d).toList();
    }

    private static List<String> readings(String date) {
        List<String> dates = new ArrayList<>();
        Matcher m;
        if ((m = DAY_FIRST.matcher(date)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            day(year, second, first).ifPresent(dates::add);
            if (first != second) {
                day(year, first, second).ifPresent(dates::add);
            }
        } else if ((m = MONTH_YEAR.matcher(date)).matches()) {
            month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).ifPresent(dates::add);
        } else if ((m = YEAR_FIRST.matcher(date)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            (m.group(3) == null ? month(year, month) : day(year, month, Integer.parseInt(m.group(3))))
                    .ifPresent(dates::add);
        }
        return dates;
    }

    private static Optional<String> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty(); // no such day: nothing to suggest
        }
    }

    private static Optional<String> month(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(String.format(java.util.Locale.ROOT, "%04d-%02d",
                year, month)) : Optional.empty();
    }

    private static String phrase(List<String> close) {
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
