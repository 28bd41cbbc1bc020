package org.acta.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.acta.assemble.PeriodResult;
import org.acta.assemble.TaskState;
import org.acta.model.Event;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;

/**
 * {@code /tasks.json}: every field of every task as written, its status judged on the as-of
 * date with its per-period results, and absolute URLs. Keys are snake_case, in a fixed order;
 * absent values are {@code null}.
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
        facts.tasks().forEach(t -> tasks.add(task(t)));
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode task(Task t) {
        TaskState state = facts.state(t);
        ObjectNode node = mapper.createObjectNode();
        node.put("id", t.id());
        node.put("url", facts.urls().task(t.id()));
        node.put("title", t.title());
        Event event = facts.proceedings().event(t.event());
        ObjectNode ev = node.putObject("event");
        ev.put("id", t.event());
        ev.put("title", event == null ? null : event.title());
        ev.put("date", event == null ? null : event.date().toString());
        ev.put("url", facts.urls().event(t.event()));
        if (t.speech().isPresent()) {
            ObjectNode sp = node.putObject("speech");
            sp.put("id", t.speech().get());
            sp.put("title", facts.proceedings().speech(t.event(), t.speech().get()).map(s -> s.title()).orElse(null));
            sp.put("url", facts.urls().speech(t.event(), t.speech().get()));
        } else {
            node.putNull("speech");
        }
        if (t.assignedBy().isPresent()) {
            ObjectNode by = node.putObject("assigned_by");
            by.put("id", t.assignedBy().get());
            by.put("name", Optional.ofNullable(facts.proceedings().person(t.assignedBy().get()))
                    .map(p -> p.name()).orElse(null));
            by.put("url", facts.urls().person(t.assignedBy().get()));
        } else {
            node.putNull("assigned_by");
        }
        node.set("assignee", organization(t.assignee()));
        ArrayNode partners = node.putArray("partners");
        t.partners().forEach(p -> partners.add(organization(p)));
        node.put("due", t.due().map(Object::toString).orElse(null));
        node.put("due_by", state.dueBy().map(Object::toString).orElse(null));
        node.put("recurrence", t.recurrence().map(r -> r.id()).orElse(null));
        if (t.target().isPresent()) {
            ObjectNode target = node.putObject("target");
            target.put("value", plain(t.target().get().value()));
            target.put("unit", t.target().get().unit());
        } else {
            node.putNull("target");
        }
        node.put("status_written", t.status().id());
        node.put("status", state.status().id());
        node.put("standing", state.standing().id());
        node.put("overdue", state.overdue());
        node.put("due_soon", state.dueSoon());
        if (state.progress().isPresent()) {
            node.put("progress", state.progress().get());
        } else {
            node.putNull("progress");
        }
        ArrayNode periods = node.putArray("periods");
        state.periods().forEach(p -> periods.add(period(t, p)));
        ArrayNode updates = node.putArray("updates");
        t.updates().forEach(u -> updates.add(update(t, u, state)));
        return node;
    }

    private ObjectNode organization(String id) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", id);
        node.put("name", facts.organizationName(id));
        node.put("url", facts.urls().organization(id));
        return node;
    }

    private ObjectNode period(Task t, PeriodResult p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("period", t.recurrence().isPresent() ? p.period().name() : null);
        node.put("start", p.period().start().toString());
        node.put("end", p.period().end().toString());
        node.put("target", plain(p.target()));
        node.put("achieved", plain(p.achieved()));
        node.put("reported", p.reported());
        node.put("outcome", p.outcome().id());
        return node;
    }

    private ObjectNode update(Task t, TaskUpdate u, TaskState state) {
        ObjectNode node = mapper.createObjectNode();
        node.put("date", u.date().toString());
        node.put("note", u.note());
        node.put("status", u.status().map(s -> s.id()).orElse(null));
        if (u.progress().isPresent()) {
            node.put("progress", u.progress().get());
        } else {
            node.putNull("progress");
        }
        node.put("evidence", u.evidence().orElse(null));
        node.put("evidence_url", facts.evidenceUrl(u).orElse(null));
        node.put("period", u.period().orElse(null));
        node.put("value", u.value().map(TasksJson::plain).orElse(null));
        node.put("counted", state.counted().contains(u));
        node.put("url", facts.urls().task(t.id()) + "#" + TaskFacts.anchor(t, u));
        return node;
    }

    /** 2 rather than 2.0 or 2E+1. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
