package org.acta.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.PercentComplete;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.acta.assemble.TaskState;
import org.acta.model.Task;
import org.acta.model.TaskStatus;

/**
 * {@code /tasks.ics} and an organisation's {@code tasks.ics} (RFC 5545): a VTODO per task with
 * DUE, STATUS and PERCENT-COMPLETE, and, since common calendar apps do not show VTODOs, an
 * all-day VEVENT on each due date. A due date written as a year or a month is due on its last
 * day. DTSTAMP is the as-of date, so the same content gives the same file. ical4j does the
 * escaping, line folding and validation.
 */
final class TasksCalendar {
    private final TaskFacts facts;

    TasksCalendar(TaskFacts facts) {
        this.facts = facts;
    }

    byte[] write(String name, List<Task> tasks) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Acta//Task tracker//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // no METHOD: a calendar file to subscribe to, not an iTIP message (RFC 5546 would forbid
        // mixing to-dos and events under METHOD:PUBLISH)
        calendar.add(new XProperty("X-WR-CALNAME", name));
        DtStamp stamp = new DtStamp(facts.proceedings().asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
        // one list, set once: adding components one by one copies ical4j's immutable list each time
        List<CalendarComponent> components = new ArrayList<>();
        for (Task task : tasks) {
            components.add(todo(task, stamp));
            facts.state(task).dueBy().ifPresent(due -> components.add(dueEvent(task, due, stamp)));
        }
        calendar.setComponentList(new ComponentList<>(components));
        StringWriter out = new StringWriter();
        try {
            // unfolded here, folded below by octets: ical4j folds by characters, and a line of
            // Vietnamese text would run past RFC 5545's 75 octets
            // not validated on output: ical4j's validation is quadratic in the number of components;
            // the tests validate what is written
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar: " + e.getMessage(), e);
        }
        return fold(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Folds each content line to at most 75 octets of UTF-8 (RFC 5545, 3.1): CRLF and a space
     * before the octet that would pass the limit, never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + width > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += width;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private VToDo todo(Task task, DtStamp stamp) {
        TaskState state = facts.state(task);
        VToDo todo = new VToDo(false);
        todo.add(new Uid("task-" + task.id() + "@" + facts.urls().host()));
        todo.add(stamp);
        todo.add(new Summary(task.title()));
        todo.add(new Description(description(task, state)));
        todo.add(new Url(URI.create(facts.urls().task(task.id()))));
        state.dueBy().ifPresent(due -> todo.add(new Due<LocalDate>(due)));
        todo.add(status(state.status()));
        todo.add(new PercentComplete(percent(state)));
        return todo;
    }

    private VEvent dueEvent(Task task, LocalDate due, DtStamp stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid("task-" + task.id() + "-due@" + facts.urls().host()));
        event.add(stamp);
        event.add(new DtStart<LocalDate>(due));
        event.add(new DtEnd<LocalDate>(due.plusDays(1)));
        event.add(new Summary(task.title()));
        event.add(new Description(description(task, facts.state(task))));
        event.add(new Url(URI.create(facts.urls().task(task.id()))));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    /** Responsible body, due date as written, standing on the as-of date, and the page. */
    private String description(Task task, TaskState state) {
        StringBuilder text = new StringBuilder();
        text.append(facts.organizationName(task.assignee()));
        task.due().ifPresent(d -> text.append("\ndue: ").append(d));
        text.append("\nstatus: ").append(state.standing().id()).append(" (as of ")
                .append(facts.proceedings().asOf()).append(")");
        state.progress().ifPresent(p -> text.append("\nprogress: ").append(p).append('%'));
        text.append('\n').append(facts.urls().task(task.id()));
        return text.toString();
    }

    /** The progress reported; 100 for a task done; else 0. */
    static int percent(TaskState state) {
        return state.progress().orElse(state.status() == TaskStatus.DONE ? 100 : 0);
    }

    static Status status(TaskStatus status) {
        return switch (status) {
            case OPEN -> ImmutableStatus.VTODO_NEEDS_ACTION;
            case IN_PROGRESS -> ImmutableStatus.VTODO_IN_PROCESS;
            case DONE -> ImmutableStatus.VTODO_COMPLETED;
            case CANCELLED -> ImmutableStatus.VTODO_CANCELLED;
        };
    }
}
