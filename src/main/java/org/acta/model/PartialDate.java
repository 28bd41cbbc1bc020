package org.acta.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * A date at the precision it was written: a year ({@code 2023}), a month ({@code 2023-06}) or a
 * day ({@code 2023-06-15}), possibly approximate ({@code 2023~}), or {@code unknown}.
 * It is never widened to a full date for display; {@link #start()} and {@link #end()} give the
 * first and last day it covers, for sorting and for due dates.
 */
public record PartialDate(Precision precision, int year, int month, int day, boolean approximate) {

    public enum Precision { UNKNOWN, YEAR, MONTH, DAY }

    public static final PartialDate UNKNOWN = new PartialDate(Precision.UNKNOWN, 0, 0, 0, false);

    /** Oldest first; unknown dates after every known one. */
    public static final Comparator<PartialDate> CHRONOLOGICAL = Comparator
            .comparing((PartialDate d) -> d.isUnknown())
            .thenComparing(d -> d.isUnknown() ? LocalDate.MIN : d.start())
            .thenComparing(d -> d.precision);

    public PartialDate {
        if (precision == Precision.UNKNOWN) {
            if (year != 0 || month != 0 || day != 0 || approximate) {
                throw new IllegalArgumentException("an unknown date has no parts");
            }
        } else {
            int expectedMonth = precision == Precision.YEAR ? 0 : month;
            int expectedDay = precision == Precision.DAY ? day : 0;
            if (month != expectedMonth || day != expectedDay || year < 1 || year > 9999) {
                throw new IllegalArgumentException("not a valid " + precision + " date: " + year + "-" + month + "-" + day);
            }
            if (precision != Precision.YEAR) {
                try {
                    LocalDate.of(year, month, precision == Precision.DAY ? day : 1);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(Precision.YEAR, year, 0, 0, false);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(Precision.MONTH, year, month, 0, false);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(Precision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, each with an optional trailing
     * {@code ~}, or {@code unknown}. Anything else, including impossible days, is empty.
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.equals("unknown")) {
            return Optional.of(UNKNOWN);
        }
        boolean approximate = s.endsWith("~");
        if (approximate) {
            s = s.substring(0, s.length() - 1);
        }
        int[] parts = new int[3];
        int count = 0;
        int i = 0;
        while (i <= s.length() && count < 3) {
            int width = count == 0 ? 4 : 2;
            if (i + width > s.length() || !allDigits(s, i, i + width)) {
                return Optional.empty();
            }
            parts[count++] = Integer.parseInt(s, i, i + width, 10);
            i += width;
            if (i == s.length()) {
                break;
            }
            if (s.charAt(i) != '-') {
                return Optional.empty();
            }
            i++;
        }
        if (i != s.length()) {
            return Optional.empty();
        }
        Precision precision = switch (count) {
            case 1 -> Precision.YEAR;
            case 2 -> Precision.MONTH;
            default -> Precision.DAY;
        };
        try {
            return Optional.of(new PartialDate(precision, parts[0], parts[1], parts[2], approximate));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean isUnknown() {
        return precision == Precision.UNKNOWN;
    }

    /** The first day this date covers. */
    public LocalDate start() {
        requireKnown();
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            default -> LocalDate.of(year, month, day);
        };
    }

    /** The last day this date covers: {@code 2023} ends on 31 December 2023. */
    public LocalDate end() {
        requireKnown();
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            default -> LocalDate.of(year, month, day);
        };
    }

    /** Whether {@code date} falls within the span this date covers. */
    public boolean covers(LocalDate date) {
        return !isUnknown() && !date.isBefore(start()) && !date.isAfter(end());
    }

    private void requireKnown() {
        if (isUnknown()) {
            throw new IllegalStateException("an unknown date has no span");
        }
    }

    /** The date as an editor writes it: {@code 2023-06~}, {@code unknown}. */
    @Override
    public String toString() {
        String text = switch (precision) {
            case UNKNOWN -> "unknown";
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
        return approximate ? text + "~" : text;
    }
}
