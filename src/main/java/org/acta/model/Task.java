package org.acta.model;

import java.util.List;
import java.util.Optional;

/**
 * A task assigned at an event, with its progress log: tasks/&lt;id&gt;.md. {@code quote} holds the
 * words of the speech that assigned it.
 */
public record Task(String id, String title, String event, Optional<String> speech, Optional<Quote> quote,
                   Optional<String> assignedBy, String assignee, List<String> partners, Optional<PartialDate> due,
                   Optional<Recurrence> recurrence, Optional<Target> target, TaskStatus status,
                   List<TaskUpdate> updates, Markdown body, List<String> formerIds, Origin origin) {
    public Task {
        partners = List.copyOf(partners);
        updates = List.copyOf(updates);
        formerIds = List.copyOf(formerIds);
    }

    /** The status of the latest update that states one, else the status written on the task. */
    public TaskStatus currentStatus() {
        TaskStatus current = status;
        for (TaskUpdate update : updates) {
            if (update.status().isPresent()) {
                current = update.status().get();
            }
        }
        return current;
    }
}
