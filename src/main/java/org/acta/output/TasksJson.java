package org.acta.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * {@code /tasks.json}: every field of every task as written, its status judged on the as-of
 * date with its per-period results, and absolute URLs. Keys are snake_case, in the order
 * {@link TaskColumns} declares them; absent values are {@code null}.
 */
final class TasksJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final TaskFacts facts;

    TasksJson(TaskFacts facts) {
        this.facts = facts;
    }

    byte[] write() {
        ObjectNode root = mapper.createObjectNode();
        root.put("as_of", facts.proceedings().asOf().toString());
        root.put("due_soon_days", facts.proceedings().dueSoonDays());
        ObjectNode site = root.putObject("site");
        site.put("title", facts.proceedings().site().title());
        site.put("url", facts.urls().base());
        site.put("tracker", facts.urls().tracker());
        ObjectNode counts = root.putObject("counts");
        facts.proceedings().counts(facts.proceedings().tasks()).forEach((s, n) -> counts.put(s.id(), n));
        ArrayNode tasks = root.putArray("tasks");
        facts.tasks().forEach(t -> tasks.add(TaskColumns.object(TaskColumns.TASK, TaskColumns.Row.of(facts, t))));
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 2 rather than 2.0 or 2E+1. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
