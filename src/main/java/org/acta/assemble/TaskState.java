package org.acta.assemble;

import java.util.Optional;
import org.acta.model.TaskStatus;

/**
 * A task as judged on the as-of date.
 *
 * @param status   the status of the latest update that states one, else the task's own
 * @param overdue  not done or cancelled, and its due date has passed
 * @param dueSoon  not done, not overdue, and due within the due-soon window
 * @param progress the latest progress percentage reported, if any
 */
public record TaskState(TaskStatus status, boolean overdue, boolean dueSoon, Optional<Integer> progress) {
}
