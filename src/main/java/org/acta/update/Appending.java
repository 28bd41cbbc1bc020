package org.acta.update;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acta.build.SiteBuilder;
import org.acta.diag.Diagnostic;
import org.acta.model.Markdown;
import org.acta.model.Origin;
import org.acta.model.Quote;
import org.acta.model.Task;
import org.acta.model.TaskStatus;
import org.acta.model.TaskUpdate;

/**
 * Checks the task files as appending would leave them, as a build would: the content is bound
 * again with their new text, and every problem that was not there before (the old ones moved to
 * their new lines) is a problem of the row whose update is at its line, in the row's words
 * ({@code 'status'}, not {@code 'updates[3].status'}). Then each file must read back as before
 * with the rows' updates at the end of its log, exactly as the rows wrote them; a file that does
 * not is refused.
 */
final class Appending {
    private static final Origin NOWHERE = new Origin("", 0);

    /** A task file to append to: the task as bound before, its path in the content folder, its bytes, rows and plan. */
    record Target(Task task, String relative, byte[] original, List<UpdateRow> rows, TaskFile.Appended plan) {
        Target {
            rows = List.copyOf(rows);
        }

        String path() {
            return task.origin().path();
        }

        /** The row whose update is at {@code line} of the new file, if one is. */
        Optional<UpdateRow> rowAt(int line) {
            List<Integer> starts = plan.starts();
            int end = plan.after() + plan.added();
            if (starts.isEmpty() || line < starts.get(0) || line > end) {
                return Optional.empty();
            }
            int i = starts.size() - 1;
            while (starts.get(i) > line) {
                i--;
            }
            return Optional.of(rows.get(i));
        }
    }

    private final String sheet;
    private final List<Diagnostic> problems = new ArrayList<>();
    /** The new problems at the rows of each file, by its path. */
    private final Map<String, List<Diagnostic>> heldUntilReadBack = new HashMap<>();
    private final Set<Integer> rowsWithErrors = new HashSet<>();

    private Appending(String sheet) {
        this.sheet = sheet;
    }

    /** The problems of the rows, and of the files, once {@code targets} are appended to. */
    static List<Diagnostic> check(SiteBuilder builder, SiteBuilder.Bound before, List<Target> targets, String sheet) {
        Map<String, byte[]> replaced = new HashMap<>();
        targets.forEach(t -> replaced.put(t.relative(), t.plan().bytes()));
        SiteBuilder.Bound after = builder.bind(replaced);
        Appending appending = new Appending(sheet);
        appending.newProblems(before, after, targets);
        Map<String, Task> bound = new HashMap<>();
        after.content().tasks().forEach(t -> bound.put(t.id(), t));
        for (Target target : targets) {
            appending.readsBack(target, Optional.ofNullable(bound.get(target.task().id())));
        }
        return appending.problems;
    }

    /**
     * Each problem binding found that it had not before: in a file appended to, at the row whose update
     * is at its line (or as the file's own), kept until the file is known to read back; elsewhere, as it is.
     */
    private void newProblems(SiteBuilder.Bound before, SiteBuilder.Bound after, List<Target> targets) {
        Map<String, Target> byPath = new HashMap<>();
        targets.forEach(t -> byPath.put(t.path(), t));
        Set<Diagnostic> known = new HashSet<>();
        for (Diagnostic d : before.diagnostics()) {
            Target target = byPath.get(d.path());
            known.add(target == null ? d : new Diagnostic(d.path(), target.plan().shifted(d.line()), d.severity(),
                    d.message()));
        }
        for (Diagnostic d : after.diagnostics()) {
            if (known.contains(d)) {
                continue;
            }
            Optional<Target> target = Optional.ofNullable(byPath.get(d.path()));
            Optional<UpdateRow> row = target.flatMap(t -> t.rowAt(d.line()));
            if (row.isPresent()) {
                heldUntilReadBack.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(new Diagnostic(sheet, row.get().row(),
                        d.severity(), Rows.about(target.get().task()) + inRowWords(d.message())));
                if (d.isError()) {
                    rowsWithErrors.add(row.get().row());
                }
            } else {
                Diagnostic said = new Diagnostic(sheet, 0, d.severity(), "with the sheet's updates, the content would "
                        + "have this problem too: " + d.format());
                if (target.isPresent()) { // a file that does not read back says so instead (see readsBack)
                    heldUntilReadBack.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(said);
                } else {
                    problems.add(said);
                }
            }
        }
    }

    /** {@code 'updates[3].status' cannot be …} → {@code 'status' cannot be …}: a field as the sheet's column. */
    static String inRowWords(String message) {
        return message.replaceAll("'updates\\[\\d+]\\.([a-z_]+)'", "'$1'");
    }

    /**
     * The task as bound from the new file must be the old one with the rows' updates added at the end
     * of its log, each as its row wrote it; else every row of the file is refused.
     */
    private void readsBack(Target target, Optional<Task> after) {
        Task old = target.task();
        List<TaskUpdate> log = after.map(Task::updates).orElse(List.of());
        int kept = old.updates().size();
        boolean same = after.isPresent() && withoutLog(old).equals(withoutLog(after.get()))
                && log.size() == kept + target.rows().size() && log.subList(0, kept).equals(old.updates());
        if (same) {
            problems.addAll(heldUntilReadBack.getOrDefault(target.path(), List.of()));
        }
        for (int i = 0; i < target.rows().size(); i++) {
            UpdateRow row = target.rows().get(i);
            if (!same || (!rowsWithErrors.contains(row.row()) && !writes(row, log.get(kept + i)))) {
                problems.add(Diagnostic.error(sheet, row.row(), Rows.about(old) + "cannot be added after line "
                        + target.plan().after() + " safely: the file would not read back as before with this update "
                        + "at the end of its log; add the update by hand"));
            }
        }
    }

    /** Whether the update bound is the one the row asks for. */
    private static boolean writes(UpdateRow row, TaskUpdate update) {
        return update.date().equals(row.date()) && update.note().equals(row.field("note"))
                && update.status().map(TaskStatus::id).orElse("").equals(row.field("status"))
                && sameNumber(update.progress().map(BigDecimal::valueOf), row.field("progress"))
                && update.evidence().orElse("").equals(row.field("evidence"))
                && update.period().orElse("").equals(row.field("period"))
                && sameNumber(update.value(), row.field("value"));
    }

    private static boolean sameNumber(Optional<BigDecimal> bound, String written) {
        if (bound.isEmpty() || written.isEmpty()) {
            return bound.isEmpty() && written.isEmpty();
        }
        try {
            return bound.get().compareTo(new BigDecimal(written)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A task without its log, and without the lines that appending may move. */
    private static Task withoutLog(Task t) {
        return new Task(t.id(), t.title(), t.event(), t.speech(),
                t.quote().map(q -> new Quote(q.text(), q.heading(), NOWHERE)), t.assignedBy(), t.assignee(),
                t.partners(), t.due(), t.recurrence(), t.target(), t.status(), List.of(),
                new Markdown(t.body().text(), NOWHERE), t.formerIds(), NOWHERE);
    }
}
