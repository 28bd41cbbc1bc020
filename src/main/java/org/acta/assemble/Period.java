package org.acta.assemble;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Recurrence;

/**
 * One period of a standing task, named as editors write it: {@code 2024}, {@code 2024-Q1},
 * {@code 2024-03}; {@code start} and {@code end} are its first and last day.
 */
public record Period(String name, LocalDate start, LocalDate end) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    /** Reads a period as written; empty when it is not one. */
    public static Optional<Period> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int quarter = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
            return Optional.of(new Period(m.group(), start, YearMonth.of(year, quarter * 3).atEndOfMonth()));
        }
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
            return Optional.of(new Period(m.group(), month.atDay(1), month.atEndOfMonth()));
        }
        return Optional.of(new Period(m.group(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** The period of a recurrence that contains a day. */
    public static Period containing(Recurrence recurrence, LocalDate day) {
        String name = switch (recurrence) {
            case YEARLY -> Integer.toString(day.getYear());
            case QUARTERLY -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> YearMonth.from(day).toString(); // 2024-03, in ASCII digits whatever the locale
        };
        return parse(name).orElseThrow();
    }

    /** The period that follows this one in the same recurrence. */
    Period next(Recurrence recurrence) {
        return containing(recurrence, end.plusDays(1));
    }

    /** Whether the period is written in the form of a recurrence: a year for a yearly task. */
    public static boolean fits(String name, Recurrence recurrence) {
        return parse(name).map(p -> containing(recurrence, p.start).equals(p)).orElse(false);
    }

    /** Whether the period has ended on a day: its last day is before it. */
    boolean endedOn(LocalDate day) {
        return end.isBefore(day);
    }
}
