package org.acta.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acta.diag.Diagnostic;
import org.acta.diag.Suggestions;
import org.acta.output.Outputs;

/**
 * Which column of a sheet holds what, from the names in its first row (in any order, any case;
 * spaces and hyphens read as {@code _}): {@code task}, the task's id, and one column a field of an
 * update, {@code date}, {@code note}, {@code status}, {@code progress}, {@code evidence},
 * {@code period}, {@code value}. A copy of {@code /tasks.csv} names the task {@code id} and the
 * update's fields {@code update_date}, {@code update_note} …; its other columns, which say what the
 * task is now, are left alone. Any other name is an error, with the closest known one.
 */
final class Columns {
    static final String TASK = "task";
    /** How {@code /tasks.csv} names the column of the task's id. */
    static final String TASK_ID = "id";

    private final String display;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, Integer> byName = new LinkedHashMap<>();
    private final List<Integer> unnamed = new ArrayList<>();

    private Columns(String display) {
        this.display = display;
    }

    /** The update each row asks for; rows that fill in no field of an update are counted, not kept. */
    record Read(List<Row> rows, int skipped, List<Diagnostic> problems) {
        Read {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /** A row's task and the cells of the update it asks for, by field name, blank ones left out. */
    record Row(int number, String task, Map<String, String> fields) {
    }

    static Read read(List<Sheet.Row> rows, String display) {
        if (rows.isEmpty()) {
            return new Read(List.of(), 0, List.of(Diagnostic.error(display, 0, "the sheet is empty: its first row "
                    + "names the columns (" + String.join(", ", known()) + ")")));
        }
        return new Columns(display).rows(rows);
    }

    private Read rows(List<Sheet.Row> rows) {
        Sheet.Row header = rows.get(0);
        for (int i = 0; i < header.cells().size(); i++) {
            name(normalised(header.cell(i)), i);
        }
        Optional<Integer> task = task();
        Map<String, Integer> fields = fields();
        if (!problems.isEmpty() || task.isEmpty()) {
            return new Read(List.of(), 0, problems);
        }
        List<Row> updates = new ArrayList<>();
        int skipped = 0;
        for (Sheet.Row row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            fields.forEach((field, column) -> {
                String cell = cellOf(field, row.cell(column));
                if (!cell.isEmpty()) {
                    cells.put(field, cell);
                }
            });
            unnamed.stream().filter(column -> !row.cell(column).isBlank()).findFirst().ifPresent(column ->
                    problems.add(Diagnostic.error(display, row.number(), "column " + (column + 1) + " has a value "
                            + "but no name in the first row; name it, or empty it")));
            if (cells.isEmpty()) {
                skipped++;
                continue;
            }
            updates.add(new Row(row.number(), row.cell(task.get()).strip(), cells));
        }
        return new Read(updates, skipped, problems);
    }

    private void name(String name, int column) {
        if (name.isEmpty()) {
            unnamed.add(column);
            return;
        }
        Integer earlier = byName.putIfAbsent(name, column);
        if (earlier != null) {
            problems.add(Diagnostic.error(display, 1, "two columns are named '" + name + "' (columns " + (earlier + 1)
                    + " and " + (column + 1) + "); keep one"));
        } else if (!known().contains(name) && !Outputs.taskCsvColumns().contains(name)) {
            String hint = Suggestions.suggestion(name, known());
            problems.add(Diagnostic.error(display, 1, "unknown column '" + name + "'"
                    + (hint.isEmpty() ? " (the columns are: " + String.join(", ", plainNames()) + ")" : hint)));
        }
    }

    /** The column of the task's id: {@code task}, else {@code id}. */
    private Optional<Integer> task() {
        if (byName.containsKey(TASK) && byName.containsKey(TASK_ID)) {
            problems.add(Diagnostic.error(display, 1, "both a column 'task' and a column 'id' name the task; keep "
                    + "one"));
        }
        Optional<Integer> task = Optional.ofNullable(byName.getOrDefault(TASK, byName.get(TASK_ID)));
        if (task.isEmpty()) {
            problems.add(Diagnostic.error(display, 1, "no column 'task': name the task each row updates, by its id "
                    + "(the name of its file in tasks/, without .md), in a column 'task'"));
        }
        return task;
    }

    /** The column of each field of an update the sheet has: {@code update_x}, else {@code x}. */
    private Map<String, Integer> fields() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        for (String field : UpdateRow.fieldNames()) {
            Integer plain = byName.get(field);
            Integer prefixed = byName.get(Outputs.UPDATE_COLUMN_PREFIX + field);
            if (plain != null && prefixed != null && !Outputs.taskCsvColumns().contains(field)) {
                problems.add(Diagnostic.error(display, 1, "both a column '" + field + "' and a column '"
                        + Outputs.UPDATE_COLUMN_PREFIX + field + "'; keep one"));
            }
            Optional.ofNullable(prefixed != null ? prefixed : plain).ifPresent(column -> fields.put(field, column));
        }
        for (org.acta.fields.Field field : org.acta.fields.ContentFields.UPDATE.own()) {
            if (field.required() && !fields.containsKey(field.name())) {
                problems.add(Diagnostic.error(display, 1, "no column '" + field.name() + "': every update has a "
                        + "'" + field.name() + "' (" + field.meaning() + ")"));
            }
        }
        return fields;
    }

    /** A cell as the update takes it: stripped; a progress written as a percentage ({@code 50%}) without its sign. */
    private static String cellOf(String field, String cell) {
        String value = cell.strip();
        if (field.equals("progress") && value.matches("\\d{1,3}\\s*%")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return value;
    }

    /** A column's name as read: stripped, lowercase, spaces and hyphens as {@code _}. */
    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The names the columns of a sheet may have. */
    private static List<String> known() {
        List<String> names = new ArrayList<>(plainNames());
        names.add(TASK_ID);
        UpdateRow.fieldNames().forEach(f -> names.add(Outputs.UPDATE_COLUMN_PREFIX + f));
        return names;
    }

    /** The columns of an update sheet: {@code task}, then the fields of an update. */
    static List<String> plainNames() {
        List<String> names = new ArrayList<>(List.of(TASK));
        names.addAll(UpdateRow.fieldNames());
        return names;
    }
}
