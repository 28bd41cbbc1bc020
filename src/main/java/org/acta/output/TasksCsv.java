package org.acta.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acta.model.Task;

/**
 * {@code /tasks.csv}: one row per task, UTF-8 with a byte-order mark so spreadsheet programs
 * read Vietnamese correctly, RFC 4180 quoting and CRLF line ends. A cell that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, tab or CR) gets a leading apostrophe.
 * The columns are those {@link TaskColumns} declares.
 */
final class TasksCsv {
    private final TaskFacts facts;

    TasksCsv(TaskFacts facts) {
        this.facts = facts;
    }

    byte[] write() {
        StringBuilder out = new StringBuilder();
        row(out, TaskColumns.header(TaskColumns.TASK));
        for (Task task : facts.tasks()) {
            row(out, TaskColumns.cells(TaskColumns.TASK, TaskColumns.Row.of(facts, task)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell: formula-like text neutralised, then quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
