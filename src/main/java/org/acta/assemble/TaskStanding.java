package org.acta.assemble;

import org.acta.model.TaskStatus;

/**
 * Where a task stands on the as-of date, in the tracker's order: overdue first, then due soon,
 * then work under way, then closed. The first two are derived, never written.
 */
public enum TaskStanding {
    OVERDUE("overdue"), DUE_SOON("due-soon"), IN_PROGRESS("in-progress"), OPEN("open"), DONE("done"),
    CANCELLED("cancelled");

    private final String id;

    TaskStanding(String id) {
        this.id = id;
    }

    /** The id used in URLs, CSS classes and exports: {@code overdue}, {@code in-progress}. */
    public String id() {
        return id;
    }

    static TaskStanding of(TaskStatus status) {
        return switch (status) {
            case OPEN -> OPEN;
            case IN_PROGRESS -> IN_PROGRESS;
            case DONE -> DONE;
            case CANCELLED -> CANCELLED;
        };
    }
}
