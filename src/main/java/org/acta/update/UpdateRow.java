package org.acta.update;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.acta.fields.ContentFields;
import org.acta.fields.Field;
import org.acta.model.PartialDate;

/**
 * One update a row of the sheet asks for: the row's number, the task's id, the update's date, and
 * its cells by the name of the field of an update each fills ({@code note}, {@code status} …),
 * each stripped, the blank ones left out, in the order the format declares the fields.
 */
record UpdateRow(int row, String task, PartialDate date, Map<String, String> fields) {
    private static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern PLAIN_PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-\\d{2})?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z][a-z-]{0,30}");

    UpdateRow {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /**
     * The update as the lines of a YAML mapping, one a field, without indentation: a date, a period,
     * a number and a word as an editor writes them ({@code date: 2025-03-01}), any other text in
     * double quotes with its quotes, backslashes and line breaks escaped, so that YAML reads back
     * exactly the text of the cell.
     */
    List<String> yaml() {
        return fields.entrySet().stream().map(e -> e.getKey() + ": " + scalar(e.getKey(), e.getValue())).toList();
    }

    private static String scalar(String field, String value) {
        boolean plain = switch (field) {
            case "date" -> PLAIN_DATE.matcher(value).matches();
            case "period" -> PLAIN_PERIOD.matcher(value).matches();
            case "progress", "value" -> PLAIN_NUMBER.matcher(value).matches();
            case "status" -> PLAIN_WORD.matcher(value).matches() && !List.of("true", "false", "null", "yes", "no",
                    "on", "off").contains(value);
            default -> false;
        };
        return plain ? value : quoted(value);
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The names of the fields of an update, in the order the format declares them. */
    static List<String> fieldNames() {
        return ContentFields.UPDATE.own().stream().map(Field::name).toList();
    }
}
