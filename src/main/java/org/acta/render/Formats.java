package org.acta.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acta.model.PartialDate;

/**
 * Dates and numbers as the site's language writes them, at the precision they were written:
 * {@code 17/2/2025}, {@code tháng 6/2023}, {@code năm 2023}; {@code 138.090}, {@code 2,2}.
 * Patterns and separators come from the language's strings, never from the default locale.
 */
final class Formats {
    private final Strings strings;
    private final char grouping;
    private final char decimal;

    Formats(Strings strings) {
        this.strings = strings;
        this.grouping = first(strings.get("number_grouping"), '.');
        this.decimal = first(strings.get("number_decimal"), ',');
    }

    private static char first(String s, char fallback) {
        return s.isEmpty() ? fallback : s.charAt(0);
    }

    String date(PartialDate date) {
        if (date.isUnknown()) {
            return strings.get("date_unknown");
        }
        String pattern = switch (date.precision()) {
            case YEAR -> strings.get("date_year");
            case MONTH -> strings.get("date_month");
            default -> strings.get("date_day");
        };
        String text = fill(pattern, date.year(), date.month(), date.day());
        return date.approximate() ? strings.get("date_approximate").replace("{date}", text) : text;
    }

    /** The date as HTML's {@code datetime} and schema.org write it ({@code 2024}, {@code 2024-03}); null when unknown. */
    static String iso(PartialDate date) {
        return date.isUnknown() ? null : date.toString().replace("~", "");
    }

    String date(LocalDate day) {
        return date(PartialDate.of(day));
    }

    private String fill(String pattern, int year, int month, int day) {
        return pattern.replace("{y}", Integer.toString(year))
                .replace("{mm}", month > 0 ? strings.get("month_" + month) : "")
                .replace("{m}", Integer.toString(month))
                .replace("{d}", Integer.toString(day));
    }

    /** A number with the language's grouping and decimal marks, as many decimals as written. */
    String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String digits = plain.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder out = new StringBuilder();
        if (value.signum() < 0) {
            out.append('-');
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(grouping).append(whole, i, i + 3);
        }
        if (dot >= 0) {
            out.append(decimal).append(digits.substring(dot + 1));
        }
        return out.toString();
    }

    /** A number with its unit: {@code 2,2 triệu}, but {@code 10%}. */
    String quantity(BigDecimal value, String unit) {
        String number = number(value);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + unit : number + " " + unit;
    }
}
