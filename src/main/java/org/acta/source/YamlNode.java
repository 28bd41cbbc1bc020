package org.acta.source;

import java.util.List;
import java.util.Optional;
import org.acta.diag.Messages;

/** A YAML value with the editor's line number, so every later check can name the line. */
public sealed interface YamlNode {

    /** The 1-based line in the editor's file where this value starts. */
    int line();

    /** A short word for messages: "text", "number", "list", "mapping"… */
    String describe();

    /** The same word in the language of {@code messages}: "danh sách" for a list on a Vietnamese site. */
    default String describeIn(Messages messages) {
        String word = switch (describe()) {
            case "true/false" -> "boolean";
            default -> describe();
        };
        return messages.text("value." + word);
    }

    /**
     * A text in quotes, as a message shows it in a fix ({@code title: "Hội nghị: tổng kết"}): double
     * quotes unless the text holds one, a long text shortened.
     */
    static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57).strip() + "…" : text;
        if (shown.indexOf('"') < 0 && shown.indexOf('\\') < 0) {
            return "\"" + shown + "\"";
        }
        return "'" + shown.replace("'", "''") + "'";
    }

    /** How a plain scalar was read: YAML's own types, before any field gives it a meaning. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    record Scalar(String text, ScalarType type, int line) implements YamlNode {
        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "text";
                case INTEGER, DECIMAL -> "number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "list";
        }
    }

    record Entry(String key, int keyLine, YamlNode value) {
    }

    record Mapping(List<Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "mapping";
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }
    }
}
