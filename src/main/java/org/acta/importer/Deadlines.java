package org.acta.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;
import org.acta.model.PartialDate;

/**
 * The deadline an assignment states, in the words news uses: "trong quý III năm 2020", "trước ngày
 * 30/6", "trong 2 tháng cuối năm", "before February 10", "within this month", "by the end of
 * 2025". A date without a year takes the year of the report's date, or the next year when that
 * would put the deadline before the report.
 */
final class Deadlines {
    private static final String LEAD_VI = "\\s*,?\\s*(?:trong|trước|hết|đến hết|đến|chậm nhất(?: là)?(?: trong| vào)?"
            + "|hạn chót|xong trước|hoàn thành trước|hoàn thành trong)\\s+";
    private static final Pattern QUARTER_VI = Pattern.compile(LEAD_VI + "quý\\s+(IV|I{1,3}|[1-4])"
            + "(?:\\s*[/-]\\s*|\\s+năm\\s+)(\\d{4})");
    private static final Pattern DAY_VI = Pattern.compile(LEAD_VI + "(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})"
            + "(?:\\s*/\\s*(\\d{4}))?(?![\\d/])");
    private static final Pattern MONTH_VI = Pattern.compile(LEAD_VI + "tháng\\s+(\\d{1,2})(?:\\s*/\\s*|\\s+năm\\s+)"
            + "(\\d{4})");
    private static final Pattern YEAR_VI = Pattern.compile(LEAD_VI + "(?:cuối\\s+)?năm\\s+(\\d{4})");
    private static final Pattern YEAR_END_VI = Pattern.compile(LEAD_VI + "(?:\\d+\\s+tháng\\s+)?cuối\\s+năm"
            + "(?:\\s+(?:nay|\\d{4}))?");
    private static final Pattern THIS_VI = Pattern.compile(LEAD_VI + "(tháng|quý|năm)\\s+(?:này|nay)");
    private static final String MONTHS_EN = "January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final String LEAD_EN = "\\s*,?\\s*(?:before|by|no later than|prior to|until|ahead of|by the end of"
            + "|within|in)\\s+";
    private static final Pattern DAY_EN = Pattern.compile(LEAD_EN + "(?:(" + MONTHS_EN + ")[" + Sentences.HELD_DOT
            + ".]?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS_EN + ")[" + Sentences.HELD_DOT
            + ".]?)(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern MONTH_EN = Pattern.compile(LEAD_EN + "(?:the end of\\s+)?(" + MONTHS_EN
            + ")(?:\\s+(\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern QUARTER_EN = Pattern.compile("(?i)" + LEAD_EN + "(?:the end of\\s+)?(?:the\\s+)?"
            + "(first|second|third|fourth|Q1|Q2|Q3|Q4)(?:\\s+quarter)?(?:\\s+of)?\\s+(\\d{4})");
    private static final Pattern YEAR_EN = Pattern.compile(LEAD_EN + "(?:the end of\\s+)?(\\d{4})(?![\\d])");
    private static final Pattern THIS_EN = Pattern.compile("(?i)" + LEAD_EN + "(?:the end of\\s+)?(?:this|the)\\s+"
            + "(month|quarter|year)");
    private static final Pattern YEAR_END_EN = Pattern.compile("(?i)" + LEAD_EN + "(?:the\\s+)?year[- ]end");

    private Deadlines() {
    }

    /** A deadline and where its words are in the text, to take them out of the task's title. */
    record Found(PartialDate due, int start, int end) {
    }

    static Optional<Found> find(String text, Language language, Optional<LocalDate> reference) {
        List<Pattern> patterns = language == Language.EN
                ? List.of(DAY_EN, QUARTER_EN, THIS_EN, YEAR_END_EN, MONTH_EN, YEAR_EN)
                : List.of(QUARTER_VI, DAY_VI, MONTH_VI, YEAR_END_VI, THIS_VI, YEAR_VI);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<PartialDate> due = due(p, m, reference);
                if (due.isPresent()) {
                    return Optional.of(new Found(due.get(), m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> due(Pattern p, Matcher m, Optional<LocalDate> reference) {
        Optional<Integer> year = reference.map(LocalDate::getYear);
        if (p == QUARTER_VI || p == QUARTER_EN) {
            return Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group(2)), quarter(m.group(1)) * 3));
        }
        if (p == DAY_VI) {
            return day(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), reference);
        }
        if (p == DAY_EN) {
            String month = m.group(1) != null ? m.group(1) : m.group(4);
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            return day(m.group(5), month(month), Integer.parseInt(day), reference);
        }
        if (p == MONTH_VI) {
            return month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (p == MONTH_EN) {
            Optional<Integer> stated = Optional.ofNullable(m.group(2)).map(Integer::parseInt);
            return stated.or(() -> year).flatMap(y -> month(y, month(m.group(1))));
        }
        if (p == YEAR_VI || p == YEAR_EN) {
            return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1))));
        }
        if (p == YEAR_END_VI) {
            Matcher stated = Pattern.compile("(\\d{4})$").matcher(m.group());
            return (stated.find() ? Optional.of(Integer.parseInt(stated.group(1))) : year).map(PartialDate::ofYear);
        }
        if (p == YEAR_END_EN) {
            return year.map(PartialDate::ofYear);
        }
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        return reference.map(r -> switch (unit) {
            case "tháng", "month" -> PartialDate.ofMonth(r.getYear(), r.getMonthValue());
            case "quý", "quarter" -> PartialDate.ofMonth(r.getYear(), ((r.getMonthValue() - 1) / 3 + 1) * 3);
            default -> PartialDate.ofYear(r.getYear());
        });
    }

    private static int quarter(String q) {
        return switch (q.toUpperCase(Locale.ROOT)) {
            case "I", "1", "FIRST", "Q1" -> 1;
            case "II", "2", "SECOND", "Q2" -> 2;
            case "III", "3", "THIRD", "Q3" -> 3;
            default -> 4;
        };
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(n) + 1;
    }

    private static Optional<PartialDate> month(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(PartialDate.ofMonth(year, month)) : Optional.empty();
    }

    /** A day of a deadline; without a year, the first such day on or after the report's date. */
    private static Optional<PartialDate> day(String year, int month, int day, Optional<LocalDate> reference) {
        if (year != null) {
            return CalendarDays.of(Integer.parseInt(year), month, day).map(PartialDate::of);
        }
        return reference.flatMap(r -> CalendarDays.of(r.getYear(), month, day)
                .map(d -> d.isBefore(r) ? CalendarDays.of(r.getYear() + 1, month, day).orElse(d) : d))
                .map(PartialDate::of);
    }

    /** Days of the calendar, checked before they are made, so that "31/2" is no date rather than an error. */
    static final class CalendarDays {
        private CalendarDays() {
        }

        static Optional<LocalDate> of(int year, int month, int day) {
            if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) {
                return Optional.empty();
            }
            return YearMonth.of(year, month).isValidDay(day) ? Optional.of(LocalDate.of(year, month, day))
                    : Optional.empty();
        }
    }
}
