package org.acta.assemble;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acta.model.TaskStatus;
import org.acta.model.TaskUpdate;

/**
 * A task as judged on the as-of date. Updates dated after it are shown but not counted.
 *
 * @param status   the status of the latest counted update that states one, else the task's own
 * @param overdue  not done or cancelled, and its due date has passed
 * @param dueSoon  not done or cancelled, not overdue, and due within the due-soon window
 * @param progress the latest progress percentage reported, if any
 * @param dueBy    the last day of the due date as written ({@code 2024} → 31 December 2024)
 * @param periods  for a task with a target: each period from the first to the current one
 * @param counted  the updates dated on or before the as-of date, in the order written
 */
public record TaskState(TaskStatus status, boolean overdue, boolean dueSoon, Optional<Integer> progress,
                        Optional<LocalDate> dueBy, List<PeriodResult> periods, List<TaskUpdate> counted) {
    public TaskState {
        periods = List.copyOf(periods);
        counted = List.copyOf(counted);
    }

    /** Overdue, due soon, or the status itself. */
    public TaskStanding standing() {
        if (overdue) {
            return TaskStanding.OVERDUE;
        }
        return dueSoon ? TaskStanding.DUE_SOON : TaskStanding.of(status);
    }

    /** The period running on the as-of date, if the task has one. */
    public Optional<PeriodResult> currentPeriod() {
        return periods.stream().filter(p -> p.outcome() == PeriodResult.Outcome.CURRENT).reduce((a, b) -> b);
    }

    public long periodsMissed() {
        return periods.stream().filter(p -> p.outcome() == PeriodResult.Outcome.MISSED).count();
    }

    public long periodsMet() {
        return periods.stream().filter(p -> p.outcome() == PeriodResult.Outcome.MET).count();
    }
}
