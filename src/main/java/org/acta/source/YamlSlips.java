package org.acta.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.acta.diag.Messages;

/**
 * The slips editors make in YAML, found in the lines as written: a line indented more or less
 * than the one it belongs with, a tab, a colon or a {@code #} in an unquoted text, a quote or a
 * bracket never closed. When the YAML parser stops, {@link #explain} says why at the editor's
 * line, in the site's language; the parser's own words are never shown. When it reads a file
 * but a text was cut short ({@code title: Kế hoạch #1} reads as {@code Kế hoạch}), {@link #silent}
 * names that too.
 */
final class YamlSlips {
    private final Messages messages;

    YamlSlips(Messages messages) {
        this.messages = messages;
    }

    /** A slip at a file line; silent when YAML reads the file anyway, only not as the editor meant. */
    record Slip(int line, String message, boolean silent) {
    }

    /** Why YAML could not read past {@code problemLine}: the first slip on or before it, or a word about that line. */
    YamlReader.Problem explain(String yaml, int firstLine, int problemLine) {
        return slips(yaml, firstLine).stream().filter(s -> s.line() <= problemLine).findFirst()
                .map(s -> new YamlReader.Problem(s.line(), s.message()))
                .orElseGet(() -> new YamlReader.Problem(problemLine, messages.text("yaml.unreadable")));
    }

    /** The slips of a file that YAML reads, but not as written: each one a text cut short. */
    List<YamlReader.Problem> silent(String yaml, int firstLine) {
        return slips(yaml, firstLine).stream().filter(Slip::silent)
                .map(s -> new YamlReader.Problem(s.line(), s.message())).toList();
    }

    List<Slip> slips(String yaml, int firstLine) {
        String[] texts = yaml.split("\n", -1);
        List<YamlLine> lines = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            lines.add(YamlLine.of(firstLine + i, texts[i]));
        }
        return new Walk(lines).run();
    }

    /** One level of nesting: a mapping's fields or a list's items, at a column, named by its last line. */
    private static final class Level {
        final int column;
        final boolean list;
        final String parent;
        String label;

        Level(int column, boolean list, String label, String parent) {
            this.column = column;
            this.list = list;
            this.label = label;
            this.parent = parent;
        }
    }

    /** A line whose value is to come on the lines below it, indented. */
    private record Opener(int column, boolean item, String label) {
    }

    /** One pass over the lines, keeping the levels open at each line. */
    private final class Walk {
        private final List<YamlLine> lines;
        private final List<Slip> found = new ArrayList<>();
        private final Deque<Level> levels = new ArrayDeque<>();
        private Optional<Opener> opener = Optional.empty();
        private Optional<Slip> pending = Optional.empty();
        private int plainColumn = -1;
        private int blockColumn = -1;
        private int next;

        Walk(List<YamlLine> lines) {
            this.lines = lines;
        }

        List<Slip> run() {
            while (next < lines.size()) {
                YamlLine line = lines.get(next++);
                if (blockColumn >= 0 && (line.text().isBlank() || line.indent() > blockColumn)) {
                    continue; // the text of a '|' or '>' block
                }
                blockColumn = -1;
                if (line.blank() || line.text().strip().equals("---") || line.text().strip().equals("...")) {
                    continue;
                }
                if (line.tab()) {
                    fatal(line, messages.text("yaml.tab"));
                    continue;
                }
                line.text().chars().filter(c -> Character.isISOControl(c) && c != '\t').findFirst().ifPresent(c ->
                        fatal(line, messages.text("yaml.control", "code", String.format(java.util.Locale.ROOT,
                                "U+%04X", c))));
                boolean continues = plainColumn >= 0 && line.indent() > plainColumn;
                if (continues && line.key().isEmpty() && line.dashes().isEmpty()) {
                    continue; // a long text going on over several lines
                }
                plainColumn = -1;
                if (!structure(line, continues)) {
                    return found;
                }
            }
            pending.ifPresent(found::add);
            return found;
        }

        /** Places the line among the open levels, then reads its value; false when nothing after it can be trusted. */
        private boolean structure(YamlLine line, boolean continues) {
            boolean child = opener.filter(o -> line.start() > o.column()
                    || (line.start() == o.column() && !o.item() && !line.dashes().isEmpty())).isPresent();
            if (!child) {
                pending.ifPresent(found::add);
            }
            pending = Optional.empty();
            for (int dash : line.dashes()) {
                if (!item(line, dash, continues)) {
                    return true;
                }
            }
            if (line.key().isPresent() && !key(line)) {
                return true;
            }
            if (line.dashes().isEmpty() && line.key().isEmpty()) {
                noKey(line);
                return true;
            }
            return value(line);
        }

        private boolean item(YamlLine line, int dash, boolean continues) {
            Optional<Opener> open = opener;
            opener = Optional.of(new Opener(dash, true, line.label()));
            if (open.filter(o -> dash > o.column() || (dash == o.column() && !o.item())).isPresent()) {
                levels.push(new Level(dash, true, line.label(), open.get().label()));
                return true;
            }
            Level top = levels.peek();
            if (top == null) {
                levels.push(new Level(dash, true, line.label(), ""));
                return true;
            }
            if (dash > top.column) {
                add(line, messages.text("yaml.indent.deeper", "line", line.label(), "above", top.label), continues);
                return false;
            }
            Optional<Level> same = find(dash, null);
            if (same.isEmpty()) {
                fatal(line, messages.text("yaml.indent.shallower", "line", line.label(), "above", top.label));
                return false;
            }
            popTo(same.get());
            if (!same.get().list) {
                fatal(line, messages.text("yaml.indent.item", "line", line.label(), "above", same.get().label));
                return false;
            }
            same.get().label = line.label();
            return true;
        }

        private boolean key(YamlLine line) {
            int column = line.column();
            String label = line.keyLabel();
            Optional<Opener> open = opener;
            opener = Optional.empty();
            if (open.filter(o -> column > o.column()).isPresent()) {
                levels.push(new Level(column, false, label, open.get().label()));
                return true;
            }
            Level top = levels.peek();
            if (top == null) {
                levels.push(new Level(column, false, label, ""));
                return true;
            }
            if (column > top.column) {
                fatal(line, messages.text("yaml.indent.deeper", "line", label, "above", top.label));
                return false;
            }
            Optional<Level> fields = find(column, false);
            if (fields.isPresent()) {
                popTo(fields.get());
                fields.get().label = label;
                return true;
            }
            Optional<Level> items = find(column, true);
            if (items.isPresent() && top.column == column) {
                fatal(line, messages.text("yaml.indent.deeper", "line", label, "above", items.get().parent));
            } else {
                fatal(line, messages.text("yaml.indent.shallower", "line", label, "above", top.label));
            }
            return false;
        }

        private void noKey(YamlLine line) {
            String rest = line.text().substring(line.column());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*):(\\S.*)")
                    .matcher(rest);
            if (m.matches() && !m.group(2).startsWith("//")) {
                fatal(line, messages.text("yaml.space", "key", m.group(1), "value", m.group(2).strip()));
            } else {
                fatal(line, messages.text("yaml.nokey"));
            }
        }

        /** Checks the value of a field or item line; false when the rest of the file is swallowed by it. */
        private boolean value(YamlLine line) {
            int node = line.key().isPresent() ? line.column() : line.dashes().get(line.dashes().size() - 1);
            if (line.tabAfterKey()) {
                fatal(line, messages.text("yaml.tab.after", "key", line.key().orElseThrow()));
                return true;
            }
            if (line.shape() != YamlLine.Shape.EMPTY) {
                opener = Optional.empty();
            }
            switch (line.shape()) {
                case EMPTY -> {
                    if (line.key().isPresent()) {
                        opener = Optional.of(new Opener(node, false, line.label()));
                    }
                    line.hashCut().ifPresent(cut -> pending = Optional.of(hash(line, cut)));
                }
                case BLOCK -> blockColumn = node;
                case DOUBLE_QUOTED, SINGLE_QUOTED -> {
                    return quoted(line);
                }
                case FLOW -> {
                    return flow(line);
                }
                case PLAIN -> {
                    plain(line);
                    plainColumn = node;
                }
            }
            return true;
        }

        private void plain(YamlLine line) {
            String text = line.plainText();
            char first = text.charAt(0);
            String fix = line.fixPrefix() + YamlNode.quoted(text);
            if ("!&@`%*".indexOf(first) >= 0) {
                add(line, messages.text("yaml.reserved", "char", String.valueOf(first), "fix", fix),
                        first == '!' || first == '&');
            } else if (text.contains(": ") || text.contains(":\t") || text.endsWith(":")) {
                fatal(line, messages.text("yaml.colon", "fix", fix));
            } else {
                line.hashCut().filter(cut -> !line.value().substring(0, cut).strip()
                                .matches("[-+0-9.,:~]*|true|false"))
                        .ifPresent(cut -> found.add(hash(line, cut)));
            }
        }

        private Slip hash(YamlLine line, int cut) {
            String rest = line.value().substring(cut);
            int end = rest.indexOf(' ');
            String cutAt = end < 0 ? rest : rest.substring(0, end) + " …";
            return new Slip(line.number(), messages.text("yaml.hash", "cut", cutAt,
                    "fix", line.fixPrefix() + YamlNode.quoted(line.value())), true);
        }

        private boolean quoted(YamlLine line) {
            String value = line.value();
            char quote = value.charAt(0);
            int close = closing(value, 1, quote);
            if (close >= 0) {
                String after = value.substring(close + 1).strip();
                if (!after.isEmpty() && !after.startsWith("#") && !after.startsWith(":")) {
                    int comment = YamlLine.commentStart(value);
                    String written = (comment < 0 ? value : value.substring(0, comment)).strip();
                    fatal(line, messages.text("yaml.quote.after", "fix", line.fixPrefix() + YamlNode.quoted(written)));
                }
                return true;
            }
            for (int j = next; j < lines.size(); j++) {
                String text = lines.get(j).text();
                int end = closing(text, 0, quote);
                if (end >= 0) {
                    String after = text.substring(end + 1).strip();
                    if (after.isEmpty() || after.startsWith("#")) {
                        next = j + 1; // a text in quotes over several lines
                        return true;
                    }
                    break;
                }
            }
            fatal(line, messages.text("yaml.quote.unclosed", "quote", String.valueOf(quote)));
            return false;
        }

        /** Where {@code quote} closes in {@code text}, from {@code from}; -1 if it does not. */
        private int closing(String text, int from, char quote) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote && quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else if (c == quote) {
                    return i;
                }
            }
            return -1;
        }

        /** A list or mapping written in brackets, maybe over several lines. */
        private boolean flow(YamlLine line) {
            char open = line.value().charAt(0);
            String close = open == '[' ? "]" : "}";
            int depth = 0;
            for (int j = next - 1; j < lines.size(); j++) {
                YamlLine at = lines.get(j);
                if (j >= next && at.key().isPresent() && at.indent() <= line.start() && at.dashes().isEmpty()) {
                    break; // the next field: the brackets were never closed
                }
                String text = j == next - 1 ? line.value() : at.text();
                char quote = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (quote != 0) {
                        quote = c == quote ? 0 : quote;
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '#' && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                        fatal(at, messages.text("yaml.hash.list", "fix", YamlNode.quoted(item(text, i))));
                        return false;
                    } else if (c == '[' || c == '{') {
                        depth++;
                    } else if ((c == ']' || c == '}') && --depth == 0) {
                        next = j + 1;
                        return true; // what follows the brackets is YAML's to judge
                    }
                }
            }
            fatal(line, messages.text("yaml.flow.unclosed", "open", String.valueOf(open), "close", close));
            return false;
        }

        /** The item of a bracketed list that starts at {@code from}: up to the next comma or bracket. */
        private String item(String text, int from) {
            int end = from;
            while (end < text.length() && ",]}".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return text.substring(from, end).strip();
        }

        private Optional<Level> find(int column, Boolean list) {
            for (Level level : levels) {
                if (level.column == column && (list == null || level.list == list)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }

        private void popTo(Level level) {
            while (levels.peek() != level) {
                levels.pop();
            }
        }

        private void fatal(YamlLine line, String message) {
            add(line, message, false);
        }

        private void add(YamlLine line, String message, boolean silent) {
            found.add(new Slip(line.number(), message, silent));
        }
    }
}
