package org.acta.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.diag.Diagnostic;
import org.acta.diag.Suggestions;
import org.acta.model.Content;
import org.acta.model.PartialDate;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;

/**
 * The rows of a sheet against the content, before anything is written: each names a task that
 * exists (else the closest ids), has a date and a note, is not an update the task already has (a
 * sheet applied twice), and is not dated before the task's last update, since the progress log is
 * kept in date order and updates are only ever added at its end. The rows of one task are put in
 * date order. Everything else an update must be is checked by binding the files as they would be.
 */
final class Rows {
    private final String sheet;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private Rows(String sheet, Content content) {
        this.sheet = sheet;
        content.tasks().forEach(t -> tasks.put(t.id(), t));
    }

    /** The updates of each task, in date order, tasks in the order the sheet first names them; and the problems. */
    record Checked(Map<Task, List<UpdateRow>> byTask, List<Diagnostic> problems) {
        Checked {
            byTask = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTask));
            problems = List.copyOf(problems);
        }
    }

    static Checked check(List<Columns.Row> rows, Content content, String sheet) {
        return new Rows(sheet, content).check(rows);
    }

    private Checked check(List<Columns.Row> rows) {
        Map<Task, List<UpdateRow>> byTask = new LinkedHashMap<>();
        for (Columns.Row row : rows) {
            update(row).ifPresent(update -> byTask.computeIfAbsent(tasks.get(update.task()), t -> new ArrayList<>())
                    .add(update));
        }
        byTask.values().forEach(list -> list.sort(java.util.Comparator.comparing(UpdateRow::date,
                PartialDate.CHRONOLOGICAL)));
        byTask.forEach(this::checkRepeats);
        return new Checked(byTask, problems);
    }

    /** The row as an update of an existing task, when it is one that can be added. */
    private Optional<UpdateRow> update(Columns.Row row) {
        if (row.task().isEmpty()) {
            return error(row.number(), "the 'task' cell is empty: which task is this update for? (its id, the "
                    + "name of its file in tasks/)");
        }
        Task task = tasks.get(row.task());
        if (task == null) {
            String hint = Suggestions.suggestion(row.task(), tasks.keySet());
            return error(row.number(), "unknown task '" + row.task() + "'" + (hint.isEmpty()
                    ? " (no tasks/" + row.task() + ".md in the content folder)" : hint));
        }
        String written = row.fields().getOrDefault("date", "");
        Optional<PartialDate> date = PartialDate.parse(written).filter(d -> !d.isUnknown());
        if (written.isEmpty()) {
            return error(row.number(), about(task) + "the 'date' cell is empty: when was the progress reported? "
                    + "(YYYY-MM-DD)");
        }
        if (date.isEmpty()) {
            return error(row.number(), about(task) + "'date' is not a date: '" + written + "' (write YYYY-MM-DD, "
                    + "YYYY-MM or YYYY; format the column as text, so that the spreadsheet keeps it so)");
        }
        if (!row.fields().containsKey("note")) {
            return error(row.number(), about(task) + "the 'note' cell is empty: every update says what happened");
        }
        UpdateRow update = new UpdateRow(row.number(), task.id(), date.get(), row.fields());
        Optional<TaskUpdate> same = task.updates().stream().filter(u -> sameUpdate(u, update)).findFirst();
        if (same.isPresent()) {
            return error(row.number(), about(task) + "already has this update, dated " + written + " (line "
                    + same.get().origin().line() + "); was the sheet applied before? Leave the row out");
        }
        if (!task.updates().isEmpty()) {
            TaskUpdate last = task.updates().get(task.updates().size() - 1);
            if (!last.date().isUnknown() && date.get().end().isBefore(last.date().start())) {
                return error(row.number(), about(task) + "the update is dated " + written + ", before the task's "
                        + "last update, dated " + last.date() + " (line " + last.origin().line() + "); the progress "
                        + "log is kept in date order, and an update is only ever added at its end");
            }
        }
        return Optional.of(update);
    }

    /** The same update twice in the sheet. */
    private void checkRepeats(Task task, List<UpdateRow> updates) {
        for (int i = 0; i < updates.size(); i++) {
            for (int j = 0; j < i; j++) {
                UpdateRow a = updates.get(j);
                UpdateRow b = updates.get(i);
                if (a.date().equals(b.date()) && a.field("note").equals(b.field("note"))) {
                    int first = Math.min(a.row(), b.row());
                    problems.add(Diagnostic.error(sheet, Math.max(a.row(), b.row()), about(task) + "the same update "
                            + "as row " + first + " (same date and note); leave one out"));
                }
            }
        }
    }

    private static boolean sameUpdate(TaskUpdate existing, UpdateRow row) {
        return existing.date().equals(row.date()) && existing.note().strip().equals(row.field("note"));
    }

    /** How each message about a row names its task: {@code task 'x' (content/tasks/x.md): }. */
    static String about(Task task) {
        return "task '" + task.id() + "' (" + task.origin().path() + "): ";
    }

    private Optional<UpdateRow> error(int row, String message) {
        problems.add(Diagnostic.error(sheet, row, message));
        return Optional.empty();
    }
}
