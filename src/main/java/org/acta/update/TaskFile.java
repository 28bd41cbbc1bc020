package org.acta.update;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Task;

/**
 * Where updates can be added to a task file's {@code updates:} list with every line of the file
 * kept as it is, byte for byte: new lines go after the last line of the last update, indented as
 * that update is, with the file's own line ends; a file without {@code updates:} gets the list at
 * the end of its front matter. {@code updates: []} (or {@code ~}, {@code null}) is the one line
 * rewritten, to {@code updates:} (its comment kept), since an empty list has nothing to keep. Updates written on one line
 * ({@code updates: [{…}]}) cannot be added to without rewriting it: that file is refused.
 *
 * <p>This only finds the place; whether the file then reads as intended is checked by binding it
 * again (see {@link Appending}).
 */
final class TaskFile {
    private static final Pattern UPDATES_KEY = Pattern.compile("updates[ \\t]*:(.*)");
    /** An empty list, or nothing, written on the line of the key. */
    private static final Pattern EMPTY = Pattern.compile("\\[[ \\t]*]|~|null|Null|NULL");
    private static final int DASH = 2;
    private static final int CONTENT = 4;

    /** What appending asks of a file: refused, or done. */
    sealed interface Plan permits Refused, Appended {
    }

    /** Appending would change lines it was not asked to: at {@code line}, for {@code reason}. */
    record Refused(int line, String reason) implements Plan {
    }

    /**
     * The file with the updates added: its bytes; the old line the new lines follow (1-based) and the
     * new lines; the line each update starts on, in the new file; the line rewritten
     * ({@code updates: []} → {@code updates:}), if one was.
     */
    record Appended(byte[] bytes, int after, List<String> lines, List<Integer> starts, Optional<Rewritten> rewritten)
            implements Plan {
        Appended {
            lines = List.copyOf(lines);
            starts = List.copyOf(starts);
        }

        /** How many lines are added. */
        int added() {
            return lines.size();
        }

        /** A line of the old file, as it will be after appending ({@code line} counts from 1 in the old file). */
        int shifted(int line) {
            return line > after ? line + added() : line;
        }
    }

    /** A line changed: its number, what it was, what it becomes. */
    record Rewritten(int line, String was, String becomes) {
    }

    private final List<String> lines = new ArrayList<>();
    private final List<String> ends = new ArrayList<>();

    private TaskFile(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(text.substring(start, i));
                ends.add(text.substring(i, end));
                start = end;
                i = end - 1;
            }
        }
        lines.add(text.substring(start));
        ends.add("");
    }

    /**
     * Where {@code items} (each the lines of one update, unindented) go in the file {@code bytes} of
     * {@code task}, as bound from those bytes.
     */
    static Plan append(byte[] bytes, Task task, List<List<String>> items) {
        return new TaskFile(new String(bytes, StandardCharsets.UTF_8)).plan(task, items);
    }

    private Plan plan(Task task, List<List<String>> items) {
        int close = closingFence();
        if (!isFence(lines.get(0).replace("\uFEFF", "")) || close < 0) {
            return new Refused(1, "its front matter is not between two lines '---'");
        }
        String eol = ends.get(0).isEmpty() ? "\n" : ends.get(0);
        int key = -1;
        for (int i = 1; i < close && key < 0; i++) {
            key = UPDATES_KEY.matcher(lines.get(i)).matches() ? i : -1;
        }
        if (key < 0) {
            List<String> added = new ArrayList<>(List.of("updates:"));
            return insert(close - 1, added, items, DASH, CONTENT, eol, Optional.empty());
        }
        Matcher m = UPDATES_KEY.matcher(lines.get(key));
        m.matches();
        String rest = m.group(1);
        String value = withoutComment(rest).strip();
        if (EMPTY.matcher(value).matches()) {
            String becomes = "updates:" + rest.replaceFirst("[ \\t]*(" + EMPTY.pattern() + ")", "");
            Rewritten rewritten = new Rewritten(key + 1, lines.get(key), becomes);
            lines.set(key, becomes);
            return insert(key, new ArrayList<>(), items, DASH, CONTENT, eol, Optional.of(rewritten));
        }
        if (!value.isEmpty()) {
            return new Refused(key + 1, "its updates are written on the line of 'updates:' ('" + lines.get(key).strip()
                    + "'), and adding to them would rewrite that line; write them as a list, one '- date: …' "
                    + "a line (see docs/task-tracking.md), then run again");
        }
        if (task.updates().isEmpty()) {
            return insert(key, new ArrayList<>(), items, DASH, CONTENT, eol, Optional.empty());
        }
        return afterLastUpdate(task.updates().get(task.updates().size() - 1).origin().line() - 1, key, close, items,
                eol);
    }

    /** After the last line of the update that starts on line {@code last} (0-based), indented as it is. */
    private Plan afterLastUpdate(int last, int key, int close, List<List<String>> items, String eol) {
        int dash = last;
        while (dash > key && !lines.get(dash).strip().startsWith("-")) {
            dash--;
        }
        if (dash == key) {
            return new Refused(last + 1, "cannot tell where its last update starts; write the updates as a list, "
                    + "one '- date: …' a line, then run again");
        }
        String dashLine = lines.get(dash);
        int dashColumn = indent(dashLine);
        int afterDash = dashColumn + 1;
        int spaces = indent(dashLine.substring(afterDash));
        boolean keyFollows = afterDash + spaces < dashLine.length()
                && Character.isLetter(dashLine.charAt(afterDash + spaces));
        int content = keyFollows && spaces > 0 ? afterDash + spaces : dashColumn + DASH;
        int end = last;
        for (int i = last + 1; i < close; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int indent = indent(line);
            boolean comment = line.strip().startsWith("#");
            if (comment && indent <= dashColumn) {
                continue;
            }
            if (!comment && (indent < dashColumn || (indent == dashColumn && !line.strip().startsWith("-")))) {
                break;
            }
            end = i;
        }
        return insert(end, new ArrayList<>(), items, dashColumn, content, eol, Optional.empty());
    }

    /** The file with {@code head} and then the items inserted after line {@code after} (0-based). */
    private Appended insert(int after, List<String> head, List<List<String>> items, int dash, int content,
                            String eol, Optional<Rewritten> rewritten) {
        List<String> added = new ArrayList<>(head);
        List<Integer> starts = new ArrayList<>();
        for (List<String> item : items) {
            starts.add(after + 2 + added.size());
            for (int i = 0; i < item.size(); i++) {
                added.add(i == 0 ? " ".repeat(dash) + "-" + " ".repeat(content - dash - 1) + item.get(i)
                        : " ".repeat(content) + item.get(i));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i)).append(ends.get(i));
            if (i == after) {
                added.forEach(line -> text.append(line).append(eol));
            }
        }
        return new Appended(text.toString().getBytes(StandardCharsets.UTF_8), after + 1, added, starts, rewritten);
    }

    private int closingFence() {
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A line that is exactly {@code ---}, allowing trailing blanks, as front matter is split. */
    private static boolean isFence(String line) {
        return line.startsWith("---") && line.substring(3).isBlank();
    }

    /** The text before a comment: a {@code #} at the start or after a space. */
    private static String withoutComment(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '#' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
