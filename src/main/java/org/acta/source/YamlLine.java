package org.acta.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of YAML as editors write it (block style: {@code name: value} lines, {@code - item}
 * lines, indented with spaces), taken apart without the YAML parser, so that a slip can be named
 * in the editor's terms when the parser stops or reads a text short.
 *
 * @param number  the file line
 * @param text    the line as written
 * @param indent  how many spaces it starts with
 * @param tab     whether its indentation holds a tab
 * @param dashes  the column of each list dash ({@code - }) it starts with, in order
 * @param column  where its key or value starts, after the indentation and the dashes
 * @param key     its field name, when it is a {@code name:} line
 * @param value   what follows {@code name:} (or the dashes), comment included, spaces around it taken off
 * @param tabAfterKey whether a tab separates the key from its value
 */
record YamlLine(int number, String text, int indent, boolean tab, List<Integer> dashes, int column,
                Optional<String> key, String value, boolean tabAfterKey) {

    /** A field name: letters, digits, underscores, spaces or hyphens inside, then a colon and a blank or the end. */
    private static final Pattern KEY = Pattern.compile("([\\p{L}\\p{N}_][\\p{L}\\p{N}_ .-]*?)[ ]*:(?=[ \\t]|$)");

    YamlLine {
        dashes = List.copyOf(dashes);
    }

    /** The shapes a value takes, by how it starts. */
    enum Shape { EMPTY, BLOCK, DOUBLE_QUOTED, SINGLE_QUOTED, FLOW, PLAIN }

    static YamlLine of(int number, String text) {
        int i = 0;
        boolean tab = false;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            tab |= text.charAt(i) == '\t';
            i++;
        }
        int indent = i;
        List<Integer> dashes = new ArrayList<>();
        while (i < text.length() && text.charAt(i) == '-' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
            dashes.add(i);
            i++;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        String rest = text.substring(i);
        Matcher key = KEY.matcher(rest);
        if (key.lookingAt()) {
            int after = key.end();
            boolean tabAfter = after < rest.length() && rest.charAt(after) == '\t';
            return new YamlLine(number, text, indent, tab, dashes, i, Optional.of(key.group(1)),
                    rest.substring(after).strip(), tabAfter);
        }
        return new YamlLine(number, text, indent, tab, dashes, i, Optional.empty(), rest.strip(), false);
    }

    boolean blank() {
        return dashes.isEmpty() && key.isEmpty() && (value.isEmpty() || value.startsWith("#"));
    }

    /** The column of the line's first node: its first dash, or its key or value. */
    int start() {
        return dashes.isEmpty() ? column : dashes.get(0);
    }

    Shape shape() {
        if (value.isEmpty() || value.startsWith("#")) {
            return Shape.EMPTY;
        }
        return switch (value.charAt(0)) {
            case '|', '>' -> value.matches("[|>][+\\-0-9]*(\\s+#.*)?") ? Shape.BLOCK : Shape.PLAIN;
            case '"' -> Shape.DOUBLE_QUOTED;
            case '\'' -> Shape.SINGLE_QUOTED;
            case '[', '{' -> Shape.FLOW;
            default -> Shape.PLAIN;
        };
    }

    /** A plain value without its comment, which starts at " # ": {@code Hội nghị #1 # note} → {@code Hội nghị #1}. */
    String plainText() {
        int comment = commentStart(value);
        return (comment < 0 ? value : value.substring(0, comment)).strip();
    }

    /** Where a comment starts in a plain value: a {@code #} after a blank and before a blank or the end. */
    static int commentStart(String value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '#' && Character.isWhitespace(value.charAt(i - 1))
                    && (i + 1 == value.length() || Character.isWhitespace(value.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a {@code #} that YAML takes for a comment cuts a text short: after a blank and before a
     * letter or digit ({@code Kế hoạch #1}), or right at the start of the value ({@code title: #1}).
     */
    Optional<Integer> hashCut() {
        String text = value;
        for (int i = 0; i + 1 < text.length(); i++) {
            boolean afterBlank = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            if (text.charAt(i) == '#' && afterBlank && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return Optional.of(i);
            }
            if (text.charAt(i) == '#' && afterBlank) {
                return Optional.empty(); // a comment, as written: '# …'
            }
        }
        return Optional.empty();
    }

    /** How the line is named in a message: {@code value:} for a field, {@code - text} for an item. */
    String label() {
        if (!dashes.isEmpty() && key.isEmpty()) {
            String item = value.length() > 30 ? value.substring(0, 29) + "…" : value;
            return ("- " + item).strip();
        }
        String name = key.map(k -> k + ":").orElse(value.length() > 30 ? value.substring(0, 29) + "…" : value);
        return dashes.isEmpty() ? name : "- " + name;
    }

    /** The line's own name without the item dash: what "lined up with" compares. */
    String keyLabel() {
        return key.map(k -> k + ":").orElse(label());
    }

    /** How the fix starts: {@code title: } for a field, {@code - } for an item of a list. */
    String fixPrefix() {
        return key.map(k -> k + ": ").orElse("- ");
    }
}
