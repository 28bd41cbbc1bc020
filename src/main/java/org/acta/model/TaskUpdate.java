package org.acta.model;

import java.math.BigDecimal;
import java.util.Optional;

/** One entry of a task's progress log. {@code evidence} is a URL or a document id. */
public record TaskUpdate(PartialDate date, String note, Optional<TaskStatus> status, Optional<Integer> progress,
                         Optional<String> evidence, Optional<String> period, Optional<BigDecimal> value,
                         Origin origin) {
}
