package org.acta.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.build.BuildOptions;
import org.acta.build.SiteBuilder;
import org.acta.diag.Diagnostic;
import org.acta.model.Task;

/**
 * Applies a sheet of progress updates ({@code acta update FILE.csv}): each row an update of one
 * task, checked against the content as a build checks it, then added at the end of the task's
 * {@code updates:} with every line of its file kept as it was. Nothing is written unless asked,
 * and nothing at all when any row has an error: the files are written all or none (see
 * {@link Writes}).
 */
public final class BulkUpdate {
    private final BuildOptions options;
    private final SiteBuilder builder;

    /**
     * For the content folder of {@code options}, its updates judged on its as-of date. A draft task
     * takes updates too: its content is bound as the preview shows it, drafts included.
     */
    public BulkUpdate(BuildOptions options) {
        this.options = options;
        this.builder = new SiteBuilder(options.withDrafts(true));
    }

    /**
     * What applying a sheet found and did: its problems (the rows' at {@code FILE.csv:ROW}); the
     * lines each task file gets (or would get); how many updates, and how many rows left out as
     * asking for none; and whether the files were written.
     */
    public record Result(List<Diagnostic> problems, List<Change> changes, int updates, int skipped, boolean written) {
        public Result {
            problems = problems.stream().distinct().sorted(Diagnostic.ORDER).toList();
            changes = List.copyOf(changes);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }

        static Result failed(List<Diagnostic> problems) {
            return new Result(problems, List.of(), 0, 0, false);
        }
    }

    /**
     * The lines a task file gets: the file as the editor names it, the line they follow, the lines,
     * and the line rewritten to make room, if one was ({@code 9: 'updates: []' → 'updates:'}).
     */
    public record Change(String path, int after, List<String> lines, Optional<String> rewritten) {
        public Change {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Checks the rows of {@code sheet} (named {@code display} in messages) and, when {@code write} and
     * no row has an error, adds their updates to the task files.
     *
     * @param tabs whether the sheet is tab-separated by its name ({@code .tsv}); else its first row says
     */
    public Result apply(byte[] sheet, String display, boolean tabs, boolean write) {
        Sheet.Read read = Sheet.read(sheet, display, tabs);
        if (!read.problems().isEmpty()) {
            return Result.failed(read.problems());
        }
        Columns.Read rows = Columns.read(read.rows(), display);
        if (!rows.problems().isEmpty()) {
            return Result.failed(rows.problems());
        }
        SiteBuilder.Bound before = builder.bind(Map.of());
        if (before.hasErrors()) {
            List<Diagnostic> problems = new ArrayList<>(before.diagnostics());
            problems.add(Diagnostic.error(display, 0, "the content has errors (above), so no update was checked or "
                    + "added: fix them first ('acta check' lists them)"));
            return Result.failed(problems);
        }
        Rows.Checked checked = Rows.check(rows.rows(), before.content(), display);
        List<Diagnostic> problems = new ArrayList<>(checked.problems());
        List<Appending.Target> targets = new ArrayList<>();
        checked.byTask().forEach((task, updates) -> target(task, updates, display, problems).ifPresent(targets::add));
        if (!targets.isEmpty()) {
            problems.addAll(Appending.check(builder, before, targets, display));
        }
        int count = targets.stream().mapToInt(t -> t.rows().size()).sum();
        List<Change> changes = targets.stream().map(BulkUpdate::change).toList();
        boolean errors = problems.stream().anyMatch(Diagnostic::isError);
        if (!write || errors || targets.isEmpty()) {
            return new Result(problems, errors ? List.of() : changes, errors ? 0 : count, rows.skipped(), false);
        }
        try {
            Writes.replace(targets.stream().map(t -> new Writes.Change(file(t.task()), t.original(),
                    t.plan().bytes())).toList(), this::display);
        } catch (Writes.Failed e) {
            problems.add(Diagnostic.error(display, 0, e.getMessage()));
            return new Result(problems, List.of(), 0, rows.skipped(), false);
        }
        return new Result(problems, changes, count, rows.skipped(), true);
    }

    /** The task's file with its rows' updates planned at the end of its log, or the reason it cannot have them. */
    private Optional<Appending.Target> target(Task task, List<UpdateRow> updates, String display,
                                              List<Diagnostic> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(task));
        } catch (IOException e) {
            updates.forEach(u -> problems.add(Diagnostic.error(display, u.row(), Rows.about(task)
                    + "cannot be read: " + e.getMessage())));
            return Optional.empty();
        }
        TaskFile.Plan plan = TaskFile.append(bytes, task, updates.stream().map(UpdateRow::yaml).toList());
        if (plan instanceof TaskFile.Refused refused) {
            updates.forEach(u -> problems.add(Diagnostic.error(display, u.row(), Rows.about(task) + "line "
                    + refused.line() + ": " + refused.reason())));
            return Optional.empty();
        }
        return Optional.of(new Appending.Target(task, relative(task), bytes, updates, (TaskFile.Appended) plan));
    }

    private static Change change(Appending.Target t) {
        return new Change(t.path(), t.plan().after(), t.plan().lines(), t.plan().rewritten()
                .map(r -> r.line() + ": '" + r.was().strip() + "' → '" + r.becomes().strip() + "'"));
    }

    /** A task's file in the content folder: {@code tasks/<id>.md}. */
    private static String relative(Task task) {
        return "tasks/" + task.id() + ".md";
    }

    private Path file(Task task) {
        return options.source().resolve(relative(task));
    }

    private String display(Path file) {
        return options.sourceDisplay() + "/" + options.source().relativize(file).toString().replace('\\', '/');
    }
}
