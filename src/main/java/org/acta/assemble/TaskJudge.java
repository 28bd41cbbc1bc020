package org.acta.assemble;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.acta.model.Event;
import org.acta.model.PartialDate;
import org.acta.model.Recurrence;
import org.acta.model.Target;
import org.acta.model.Task;
import org.acta.model.TaskStatus;
import org.acta.model.TaskUpdate;

/**
 * Judges a task on the as-of date: its status, whether it is overdue or due soon, and, for a task
 * with a target, each period met, missed or current. Only updates dated on or before the as-of
 * date count; nothing here reads the clock.
 */
final class TaskJudge {
    /** More periods than this (a monthly task over a century) are not judged one by one. */
    private static final int MAX_PERIODS = 600;

    private final LocalDate asOf;
    private final int dueSoonDays;

    TaskJudge(LocalDate asOf, int dueSoonDays) {
        this.asOf = asOf;
        this.dueSoonDays = dueSoonDays;
    }

    /** Whether an update counts on the as-of date: it is dated, and not after it. */
    boolean counts(TaskUpdate update) {
        return !update.date().isUnknown() && !update.date().start().isAfter(asOf);
    }

    TaskState judge(Task task, Optional<Event> event) {
        List<TaskUpdate> counted = task.updates().stream().filter(this::counts).toList();
        TaskStatus status = task.status();
        Optional<Integer> progress = Optional.empty();
        for (TaskUpdate update : counted) {
            status = update.status().orElse(status);
            progress = update.progress().isPresent() ? update.progress() : progress;
        }
        Optional<LocalDate> dueBy = task.due().filter(d -> !d.isUnknown()).map(PartialDate::end);
        boolean open = !status.isClosed();
        boolean overdue = open && dueBy.map(asOf::isAfter).orElse(false);
        boolean dueSoon = open && !overdue && dueBy.map(d -> !d.isAfter(asOf.plusDays(dueSoonDays))).orElse(false);
        Optional<LocalDate> assigned = event.map(Event::date).filter(d -> !d.isUnknown()).map(PartialDate::start);
        List<PeriodResult> periods = List.of();
        if (task.target().isPresent()) {
            Target target = task.target().get();
            periods = task.recurrence().isPresent()
                    ? recurring(task, task.recurrence().get(), target, counted, status, assigned, dueBy)
                    : List.of(once(task, target, counted, assigned, dueBy));
        }
        return new TaskState(status, overdue, dueSoon, progress, dueBy, periods, counted);
    }

    /** The period an update's value counts toward: its {@code period}, else the one its date falls in. */
    static Optional<Period> periodOf(TaskUpdate update, Recurrence recurrence) {
        if (update.period().isPresent()) {
            return Period.parse(update.period().get());
        }
        if (update.date().isUnknown()) {
            return Optional.empty();
        }
        Period first = Period.containing(recurrence, update.date().start());
        return first.equals(Period.containing(recurrence, update.date().end())) ? Optional.of(first) : Optional.empty();
    }

    private List<PeriodResult> recurring(Task task, Recurrence recurrence, Target target, List<TaskUpdate> counted,
                                         TaskStatus status, Optional<LocalDate> assigned,
                                         Optional<LocalDate> dueBy) {
        Map<LocalDate, BigDecimal> achieved = new TreeMap<>();
        List<LocalDate> named = new ArrayList<>();
        for (TaskUpdate update : counted) {
            Optional<Period> period = periodOf(update, recurrence);
            period.ifPresent(p -> named.add(p.start()));
            if (update.value().isPresent() && period.isPresent()) {
                achieved.merge(period.get().start(), update.value().get(), BigDecimal::add);
            }
        }
        LocalDate last = asOf;
        if (dueBy.isPresent() && dueBy.get().isBefore(last)) {
            last = dueBy.get();
        }
        if (status.isClosed()) {
            Optional<LocalDate> closed = closingDate(task, counted);
            if (closed.isPresent() && closed.get().isBefore(last)) {
                last = closed.get();
            }
        }
        Period end = Period.containing(recurrence, last);
        LocalDate firstDay = assigned.orElse(end.start());
        for (LocalDate day : named) {
            firstDay = day.isBefore(firstDay) ? day : firstDay;
        }
        List<PeriodResult> results = new ArrayList<>();
        Period period = Period.containing(recurrence, firstDay);
        while (!period.start().isAfter(end.start()) && results.size() < MAX_PERIODS) {
            BigDecimal sum = achieved.get(period.start());
            results.add(result(period, target, sum, period.endedOn(asOf)));
            period = period.next(recurrence);
        }
        return results;
    }

    /** The date of the latest counted update that closed the task, if one did. */
    private static Optional<LocalDate> closingDate(Task task, List<TaskUpdate> counted) {
        Optional<LocalDate> date = Optional.empty();
        for (TaskUpdate update : counted) {
            if (update.status().isPresent()) {
                date = update.status().get().isClosed() ? Optional.of(update.date().start()) : Optional.empty();
            }
        }
        return date;
    }

    private PeriodResult once(Task task, Target target, List<TaskUpdate> counted, Optional<LocalDate> assigned,
                              Optional<LocalDate> dueBy) {
        BigDecimal sum = null;
        for (TaskUpdate update : counted) {
            if (update.value().isPresent()) {
                sum = sum == null ? update.value().get() : sum.add(update.value().get());
            }
        }
        LocalDate start = assigned.orElse(counted.isEmpty() ? asOf : counted.get(0).date().start());
        Period span = new Period(task.due().map(PartialDate::toString).orElse(""), start, dueBy.orElse(asOf));
        boolean reached = sum != null && sum.compareTo(target.value()) >= 0;
        boolean ended = dueBy.map(asOf::isAfter).orElse(false);
        PeriodResult.Outcome outcome = reached ? PeriodResult.Outcome.MET
                : ended ? PeriodResult.Outcome.MISSED : PeriodResult.Outcome.CURRENT;
        return new PeriodResult(span, target.value(), sum == null ? BigDecimal.ZERO : sum, sum != null, outcome);
    }

    private static PeriodResult result(Period period, Target target, BigDecimal sum, boolean ended) {
        BigDecimal achieved = sum == null ? BigDecimal.ZERO : sum;
        PeriodResult.Outcome outcome = !ended ? PeriodResult.Outcome.CURRENT
                : achieved.compareTo(target.value()) >= 0 ? PeriodResult.Outcome.MET : PeriodResult.Outcome.MISSED;
        return new PeriodResult(period, target.value(), achieved, sum != null, outcome);
    }
}
