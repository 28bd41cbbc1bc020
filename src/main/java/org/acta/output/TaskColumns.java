package org.acta.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.acta.assemble.PeriodResult;
import org.acta.assemble.Proceedings;
import org.acta.assemble.TaskState;
import org.acta.fields.ContentFields;
import org.acta.model.Event;
import org.acta.model.Person;
import org.acta.model.Quote;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;

/**
 * The columns of the task exports, each declared once, in order: its key and value in
 * {@code tasks.json}, and the cells it gives a row of {@code tasks.csv} (none, one, or several
 * where JSON has an object: {@code event} is {@code event}, {@code event_title},
 * {@code event_date}). A new column is one entry here.
 */
final class TaskColumns {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TaskColumns() {
    }

    /** A task with what every column reads of it. */
    record Row(Task task, TaskState state, Proceedings.Named<Event> event, TaskFacts facts) {
        static Row of(TaskFacts facts, Task task) {
            return new Row(task, facts.state(task), facts.proceedings().namedEvent(task.event()), facts);
        }

        Optional<TaskUpdate> lastCounted() {
            List<TaskUpdate> counted = state.counted();
            return counted.isEmpty() ? Optional.empty() : Optional.of(counted.get(counted.size() - 1));
        }
    }

    /** One CSV cell of a column. */
    record Cell<R>(String name, Function<R, String> value) {
    }

    /** A column: its JSON key and value (none for a CSV-only column), and its CSV cells. */
    record Column<R>(String key, Optional<Function<R, JsonNode>> json, List<Cell<R>> cells) {
        Column {
            cells = List.copyOf(cells);
        }

        /** This column, with one more CSV cell. */
        Column<R> cell(String name, Function<R, String> value) {
            List<Cell<R>> more = new ArrayList<>(cells);
            more.add(new Cell<>(name, value));
            return new Column<>(key, json, more);
        }
    }

    static final List<Column<Row>> TASK = List.of(
            text("id", r -> r.task().id()),
            text("url", r -> r.facts().urls().task(r.task().id())),
            text("title", r -> r.task().title()),
            json("event", TaskColumns::event).cell("event", r -> r.task().event())
                    .cell("event_title", r -> r.event().item().title())
                    .cell("event_date", r -> r.event().item().date().toString()),
            json("speech", TaskColumns::speech).cell("speech", r -> r.task().speech().orElse("")),
            json("assigned_by", TaskColumns::assignedBy).cell("assigned_by", r -> r.task().assignedBy().orElse("")),
            json("assignee", TaskColumns::assignee).cell("assignee", r -> r.task().assignee())
                    .cell("assignee_name", r -> r.facts().organizationName(r.task().assignee())),
            json("partners", TaskColumns::partners).cell("partners", r -> String.join("; ",
                    r.task().partners().stream().map(r.facts()::organizationName).toList())),
            optional("due", r -> r.task().due().map(Object::toString)),
            optional("due_by", r -> r.state().dueBy().map(Object::toString)),
            optional("recurrence", r -> r.task().recurrence().map(c -> c.id())),
            json("target", TaskColumns::target)
                    .cell("target_value", r -> r.task().target().map(g -> plainText(g.value())).orElse(""))
                    .cell("target_unit", r -> r.task().target().map(g -> g.unit()).orElse("")),
            text("status_written", r -> r.task().status().id()),
            text("status", r -> r.state().status().id()),
            text("standing", r -> r.state().standing().id()),
            flag("overdue", r -> r.state().overdue()),
            flag("due_soon", r -> r.state().dueSoon()),
            whole("progress", r -> r.state().progress()),
            json("periods", TaskColumns::periods)
                    .cell("current_period", r -> r.state().currentPeriod().filter(p -> r.task().recurrence().isPresent())
                            .map(p -> p.period().name()).orElse(""))
                    .cell("current_achieved", r -> r.state().currentPeriod().map(p -> plainText(p.achieved())).orElse(""))
                    .cell("periods_met", r -> ifAnyPeriod(r, r.state().periodsMet()))
                    .cell("periods_missed", r -> ifAnyPeriod(r, r.state().periodsMissed())),
            json("updates", TaskColumns::updates).cell("updates", r -> Integer.toString(r.task().updates().size()))
                    .cell("last_update_date", r -> r.lastCounted().map(u -> u.date().toString()).orElse(""))
                    .cell("last_update_note", r -> r.lastCounted().map(TaskUpdate::note).orElse("")),
            csvOnly("as_of", r -> r.facts().proceedings().asOf().toString()),
            json("quote", TaskColumns::quote).cell("quote", r -> r.task().quote().map(Quote::text).orElse(""))
                    .cell("quote_heading", r -> r.task().quote().flatMap(Quote::heading).orElse("")),
            updateTemplate());

    /**
     * The columns of an update, empty, last of {@code tasks.csv}: {@code update_date},
     * {@code update_note} … one a field of an update, in the order the format declares them. Filled in
     * and saved, the sheet is one {@code acta update} applies (see {@link Outputs#UPDATE_COLUMN_PREFIX}).
     */
    private static Column<Row> updateTemplate() {
        Column<Row> column = new Column<>("update", Optional.empty(), List.of());
        for (org.acta.fields.Field field : ContentFields.UPDATE.own()) {
            column = column.cell(Outputs.UPDATE_COLUMN_PREFIX + field.name(), r -> "");
        }
        return column;
    }

    /** An update of a task, in {@code tasks.json}. */
    record UpdateRow(Row task, TaskUpdate update) {
    }

    static final List<Column<UpdateRow>> UPDATE = List.of(
            text("date", u -> u.update().date().toString()),
            text("note", u -> u.update().note()),
            optional("status", u -> u.update().status().map(s -> s.id())),
            whole("progress", u -> u.update().progress()),
            optional("evidence", u -> u.update().evidence()),
            optional("evidence_url", u -> u.task().facts().evidenceUrl(u.update())),
            optional("period", u -> u.update().period()),
            json("value", u -> nullable(u.update().value().map(v -> NODES.numberNode(plain(v))))),
            flag("counted", u -> u.task().state().counted().contains(u.update())),
            text("url", u -> u.task().facts().urls().task(u.task().task().id()) + "#"
                    + TaskFacts.anchor(u.task().task(), u.update())));

    /** A period a task with a target is judged over, in {@code tasks.json}. */
    record PeriodRow(Task task, PeriodResult result) {
    }

    static final List<Column<PeriodRow>> PERIOD = List.of(
            json("period", p -> p.task().recurrence().isPresent() ? NODES.textNode(p.result().period().name())
                    : NODES.nullNode()),
            text("start", p -> p.result().period().start().toString()),
            text("end", p -> p.result().period().end().toString()),
            json("target", p -> NODES.numberNode(plain(p.result().target()))),
            json("achieved", p -> NODES.numberNode(plain(p.result().achieved()))),
            flag("reported", p -> p.result().reported()),
            text("outcome", p -> p.result().outcome().id()));

    /** The JSON object of a row: each column's key and value, in order. */
    static <R> ObjectNode object(List<Column<R>> columns, R row) {
        ObjectNode node = NODES.objectNode();
        for (Column<R> column : columns) {
            column.json().ifPresent(value -> node.set(column.key(), value.apply(row)));
        }
        return node;
    }

    static <R> List<String> header(List<Column<R>> columns) {
        return columns.stream().flatMap(c -> c.cells().stream()).map(Cell::name).toList();
    }

    static <R> List<String> cells(List<Column<R>> columns, R row) {
        return columns.stream().flatMap(c -> c.cells().stream()).map(cell -> cell.value().apply(row)).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        return TasksJson.plain(value);
    }

    private static String plainText(BigDecimal value) {
        return plain(value).toPlainString();
    }

    // the kinds of column: the same text in both files, or a JSON value of its own

    private static <R> Column<R> json(String key, Function<R, JsonNode> value) {
        return new Column<>(key, Optional.of(value), List.of());
    }

    private static <R> Column<R> text(String key, Function<R, String> value) {
        return TaskColumns.<R>json(key, r -> NODES.textNode(value.apply(r))).cell(key, value);
    }

    /** Text that may be absent: {@code null} in JSON, an empty cell in CSV. */
    private static <R> Column<R> optional(String key, Function<R, Optional<String>> value) {
        return TaskColumns.<R>json(key, r -> nullable(value.apply(r).map(NODES::textNode)))
                .cell(key, r -> value.apply(r).orElse(""));
    }

    private static <R> Column<R> flag(String key, Predicate<R> value) {
        return TaskColumns.<R>json(key, r -> NODES.booleanNode(value.test(r)))
                .cell(key, r -> Boolean.toString(value.test(r)));
    }

    private static <R> Column<R> whole(String key, Function<R, Optional<Integer>> value) {
        return TaskColumns.<R>json(key, r -> nullable(value.apply(r).map(NODES::numberNode)))
                .cell(key, r -> value.apply(r).map(String::valueOf).orElse(""));
    }

    private static <R> Column<R> csvOnly(String name, Function<R, String> value) {
        return new Column<R>(name, Optional.empty(), List.of()).cell(name, value);
    }

    private static JsonNode nullable(Optional<? extends JsonNode> node) {
        return node.isPresent() ? node.get() : NODES.nullNode();
    }

    private static String ifAnyPeriod(Row r, long count) {
        return r.state().periods().isEmpty() ? "" : Long.toString(count);
    }

    // the objects of tasks.json

    private static ObjectNode event(Row r) {
        ObjectNode node = NODES.objectNode();
        node.put("id", r.task().event());
        node.put("title", r.event().item().title());
        node.put("date", r.event().item().date().toString());
        node.put("url", TaskFacts.pageOf(r.event(), r.facts().urls().event(r.task().event())));
        return node;
    }

    private static JsonNode speech(Row r) {
        return nullable(r.task().speech().map(id -> {
            ObjectNode node = NODES.objectNode();
            node.put("id", id);
            Proceedings.Named<Speech> speech = r.facts().proceedings().namedSpeech(r.task().event(), id);
            node.put("title", speech.item().title());
            node.put("url", TaskFacts.pageOf(speech, r.facts().urls().speech(r.task().event(), id)));
            return node;
        }));
    }

    private static JsonNode assignedBy(Row r) {
        return nullable(r.task().assignedBy().map(id -> {
            ObjectNode node = NODES.objectNode();
            node.put("id", id);
            Proceedings.Named<Person> person = r.facts().proceedings().namedPerson(id);
            node.put("name", person.item().name());
            node.put("url", TaskFacts.pageOf(person, r.facts().urls().person(id)));
            return node;
        }));
    }

    private static ObjectNode organization(TaskFacts facts, String id) {
        ObjectNode node = NODES.objectNode();
        node.put("id", id);
        node.put("name", facts.organizationName(id));
        node.put("url", TaskFacts.pageOf(facts.proceedings().namedOrganization(id), facts.urls().organization(id)));
        return node;
    }

    private static ObjectNode assignee(Row r) {
        return organization(r.facts(), r.task().assignee());
    }

    private static ArrayNode partners(Row r) {
        ArrayNode partners = NODES.arrayNode();
        r.task().partners().forEach(p -> partners.add(organization(r.facts(), p)));
        return partners;
    }

    private static JsonNode target(Row r) {
        return nullable(r.task().target().map(g -> {
            ObjectNode node = NODES.objectNode();
            node.put("value", plain(g.value()));
            node.put("unit", g.unit());
            return node;
        }));
    }

    private static ArrayNode periods(Row r) {
        ArrayNode periods = NODES.arrayNode();
        r.state().periods().forEach(p -> periods.add(object(PERIOD, new PeriodRow(r.task(), p))));
        return periods;
    }

    private static JsonNode quote(Row r) {
        return nullable(r.task().quote().map(q -> {
            ObjectNode node = NODES.objectNode();
            node.put("text", q.text());
            node.put("heading", q.heading().orElse(null));
            return node;
        }));
    }

    private static ArrayNode updates(Row r) {
        ArrayNode updates = NODES.arrayNode();
        r.task().updates().forEach(u -> updates.add(object(UPDATE, new UpdateRow(r, u))));
        return updates;
    }
}
