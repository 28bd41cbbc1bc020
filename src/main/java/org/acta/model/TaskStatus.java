package org.acta.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The status an editor writes for a task; overdue and due soon are derived, never written. */
public enum TaskStatus {
    OPEN("open"), IN_PROGRESS("in-progress"), DONE("done"), CANCELLED("cancelled");

    private final String id;

    TaskStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Done and cancelled tasks ask nothing more of anybody. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    public static Optional<TaskStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TaskStatus::id).toList();
    }
}
