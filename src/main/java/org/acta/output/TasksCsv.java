package org.acta.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.assemble.PeriodResult;
import org.acta.assemble.TaskState;
import org.acta.model.Event;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;

/**
 * {@code /tasks.csv}: one row per task, UTF-8 with a byte-order mark so spreadsheet programs
 * read Vietnamese correctly, RFC 4180 quoting and CRLF line ends. A cell that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, tab or CR) gets a leading apostrophe.
 */
final class TasksCsv {
    static final List<String> COLUMNS = List.of("id", "url", "title", "event", "event_title", "event_date",
            "speech", "assigned_by", "assignee", "assignee_name", "partners", "due", "due_by", "recurrence",
            "target_value", "target_unit", "status_written", "status", "standing", "overdue", "due_soon",
            "progress", "current_period", "current_achieved", "periods_met", "periods_missed", "updates",
            "last_update_date", "last_update_note", "as_of");

    private final TaskFacts facts;

    TasksCsv(TaskFacts facts) {
        this.facts = facts;
    }

    byte[] write() {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (Task task : facts.tasks()) {
            row(out, cells(task));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private List<String> cells(Task t) {
        TaskState state = facts.state(t);
        Event event = facts.proceedings().event(t.event());
        Optional<PeriodResult> current = state.currentPeriod();
        Optional<TaskUpdate> last = state.counted().isEmpty() ? Optional.empty()
                : Optional.of(state.counted().get(state.counted().size() - 1));
        List<String> cells = new ArrayList<>();
        cells.add(t.id());
        cells.add(facts.urls().task(t.id()));
        cells.add(t.title());
        cells.add(t.event());
        cells.add(event == null ? "" : event.title());
        cells.add(event == null ? "" : event.date().toString());
        cells.add(t.speech().orElse(""));
        cells.add(t.assignedBy().orElse(""));
        cells.add(t.assignee());
        cells.add(facts.organizationName(t.assignee()));
        cells.add(String.join("; ", t.partners().stream().map(facts::organizationName).toList()));
        cells.add(t.due().map(Object::toString).orElse(""));
        cells.add(state.dueBy().map(Object::toString).orElse(""));
        cells.add(t.recurrence().map(r -> r.id()).orElse(""));
        cells.add(t.target().map(g -> TasksJson.plain(g.value()).toPlainString()).orElse(""));
        cells.add(t.target().map(g -> g.unit()).orElse(""));
        cells.add(t.status().id());
        cells.add(state.status().id());
        cells.add(state.standing().id());
        cells.add(Boolean.toString(state.overdue()));
        cells.add(Boolean.toString(state.dueSoon()));
        cells.add(state.progress().map(String::valueOf).orElse(""));
        cells.add(current.filter(p -> t.recurrence().isPresent()).map(p -> p.period().name()).orElse(""));
        cells.add(current.map(p -> TasksJson.plain(p.achieved()).toPlainString()).orElse(""));
        cells.add(state.periods().isEmpty() ? "" : Long.toString(state.periodsMet()));
        cells.add(state.periods().isEmpty() ? "" : Long.toString(state.periodsMissed()));
        cells.add(Integer.toString(t.updates().size()));
        cells.add(last.map(u -> u.date().toString()).orElse(""));
        cells.add(last.map(TaskUpdate::note).orElse(""));
        cells.add(facts.proceedings().asOf().toString());
        return cells;
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
