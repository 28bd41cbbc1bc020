package org.acta.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.acta.assemble.PeriodResult;
import org.acta.assemble.Proceedings;
import org.acta.assemble.TaskStanding;
import org.acta.assemble.TaskState;
import org.acta.model.Event;
import org.acta.model.Organization;
import org.acta.model.Task;
import org.acta.model.TaskStatus;
import org.acta.model.TaskUpdate;
import org.acta.pages.Addresses;
import org.acta.pages.OutputKind;
import org.acta.pages.PageKind;
import org.acta.render.View.FilterOption;
import org.acta.render.View.Link;
import org.acta.render.View.StatusCount;
import org.acta.render.View.TaskItem;

/**
 * The view models of the task tracker: its list items, the tracker and its static views, the
 * task page with its per-period table and progress log, and an organisation's dashboard.
 */
final class TaskViews {
    private final Proceedings proceedings;
    private final Strings strings;
    private final Formats formats;
    private final ViewBuilder links;
    /** The same on every tracker page: counted once, not once per static view. */
    private List<FilterOption> statusOptions;

    TaskViews(Proceedings proceedings, Strings strings, Formats formats, ViewBuilder links) {
        this.proceedings = proceedings;
        this.strings = strings;
        this.formats = formats;
        this.links = links;
    }

    private String statusViewUrl(TaskStanding standing) {
        return links.addresses().path(PageKind.TASKS_BY_STANDING, standing.id());
    }

    private String assigneeViewUrl(String orgId) {
        return links.addresses().path(PageKind.TASKS_BY_ASSIGNEE, orgId);
    }

    private String eventViewUrl(String eventId) {
        return links.addresses().path(PageKind.TASKS_BY_EVENT, eventId);
    }

    // ---- list items -------------------------------------------------------------------------

    TaskItem item(Task t) {
        TaskState state = proceedings.state(t);
        return new TaskItem(links.addresses().path(PageKind.TASK, t.id()), t.title(), links.organization(t.assignee()),
                links.event(t.event()), t.due().map(formats::date).orElse(null), label(state),
                state.standing().id(), state.overdue(), state.dueSoon(),
                state.progress().map(p -> p + "%").orElse(null), t.assignee(), t.event(),
                state.dueBy().map(Object::toString).orElse(""), achievement(t, state));
    }

    List<TaskItem> items(List<Task> tasks) {
        return proceedings.tracked(tasks).stream().map(this::item).toList();
    }

    String label(TaskState state) {
        String label = strings.get("status_" + state.status().id());
        if (state.overdue()) {
            return label + " · " + strings.get("status_overdue");
        }
        return state.dueSoon() ? label + " · " + strings.get("status_due-soon") : label;
    }

    /** "năm 2025: 1 / 2 · 1 không đạt": the running period, and how many have been missed. */
    String achievement(Task t, TaskState state) {
        if (state.periods().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        Optional<PeriodResult> current = state.currentPeriod();
        PeriodResult shown = current.orElse(state.periods().get(state.periods().size() - 1));
        String name = t.recurrence().isPresent() ? periodName(shown) + ": " : "";
        parts.add(name + (shown.reported() ? formats.number(shown.achieved()) : "—") + " / "
                + formats.number(shown.target()));
        if (t.recurrence().isPresent() && state.periodsMet() > 0) {
            parts.add(state.periodsMet() + " " + strings.get("task_periods_met"));
        }
        if (t.recurrence().isPresent() && state.periodsMissed() > 0) {
            parts.add(state.periodsMissed() + " " + strings.get("task_periods_missed"));
        }
        if (t.recurrence().isEmpty()) {
            parts.add(strings.get("outcome_" + shown.outcome().id()));
        }
        return String.join(" · ", parts);
    }

    private String periodName(PeriodResult result) {
        String name = result.period().name();
        return name.length() == 4 ? name : name.replace("-Q", " Q");
    }

    List<StatusCount> counts(List<Task> tasks, boolean keepEmpty) {
        List<StatusCount> result = new ArrayList<>();
        proceedings.counts(tasks).forEach((standing, n) -> {
            if (n > 0 || keepEmpty) {
                result.add(new StatusCount(strings.get("status_" + standing.id()), standing.id(), n,
                        statusViewUrl(standing)));
            }
        });
        return result;
    }

    // ---- the tracker and its static views ---------------------------------------------------

    View.TasksPage tracker() {
        return tracker(strings.get("tasks_title"), "", proceedings.tasks());
    }

    View.TasksPage statusView(TaskStanding standing) {
        return tracker(strings.get("tasks_view_status").replace("{label}", strings.get("status_" + standing.id())),
                "status", proceedings.tasks().stream().filter(t -> proceedings.state(t).standing() == standing)
                        .toList());
    }

    View.TasksPage assigneeView(Organization o) {
        return tracker(strings.get("tasks_view_assignee").replace("{label}", o.name()), "assignee",
                proceedings.tasksLedBy(o.id()));
    }

    View.TasksPage eventView(Event e) {
        return tracker(strings.get("tasks_view_event").replace("{label}", e.title()), "event",
                proceedings.tasksOf(e.id()));
    }

    /** The organisations that lead at least one task, by name: each has a static view. */
    List<Organization> assignees() {
        return proceedings.organizations().stream().filter(o -> !proceedings.tasksLedBy(o.id()).isEmpty())
                .sorted(java.util.Comparator.comparing(Organization::name).thenComparing(Organization::id)).toList();
    }

    /** The events at which tasks were assigned, newest first. */
    List<Event> taskEvents() {
        return proceedings.events().stream().filter(e -> !proceedings.tasksOf(e.id()).isEmpty()).toList();
    }

    /**
     * The tracker, or one of its static views. Only the tracker itself lists every assignee's and
     * every event's view: a view page links back to it, so a site with thousands of events does
     * not repeat thousands of links on each of thousands of view pages.
     */
    private View.TasksPage tracker(String heading, String view, List<Task> tasks) {
        boolean main = view.isEmpty();
        return new View.TasksPage(heading, view, items(tasks), counts(tasks, main), links.asOf(), dueSoonWindow(),
                statusOptions(), main ? assigneeOptions() : List.of(), main ? eventOptions() : List.of(),
                proceedings.tasks().size(), exports());
    }

    private List<FilterOption> statusOptions() {
        if (statusOptions == null) {
            statusOptions = countStatuses();
        }
        return statusOptions;
    }

    private List<FilterOption> countStatuses() {
        List<FilterOption> statuses = new ArrayList<>();
        proceedings.counts(proceedings.tasks()).forEach((standing, n) -> statuses.add(new FilterOption(standing.id(),
                strings.get("status_" + standing.id()), statusViewUrl(standing), n)));
        return List.copyOf(statuses);
    }

    private List<FilterOption> assigneeOptions() {
        return assignees().stream().map(o -> new FilterOption(o.id(), o.name(), assigneeViewUrl(o.id()),
                proceedings.tasksLedBy(o.id()).size())).toList();
    }

    private List<FilterOption> eventOptions() {
        return taskEvents().stream().map(e -> new FilterOption(e.id(), e.title(), eventViewUrl(e.id()),
                proceedings.tasksOf(e.id()).size())).toList();
    }

    private List<Link> exports() {
        Addresses addresses = links.addresses();
        return List.of(new Link(addresses.output(OutputKind.TASKS_JSON), strings.get("tasks_export_json")),
                new Link(addresses.output(OutputKind.TASKS_CSV), strings.get("tasks_export_csv")),
                new Link(addresses.output(OutputKind.TASKS_CALENDAR), strings.get("tasks_export_ics")));
    }

    private String dueSoonWindow() {
        return strings.get("tasks_due_soon_window").replace("{n}", Integer.toString(proceedings.dueSoonDays()));
    }

    // ---- the task page ----------------------------------------------------------------------

    View.TaskPage page(Task t, String root) {
        TaskState state = proceedings.state(t);
        Link speech = t.speech().map(id -> links.speech(t.event(), id)).orElse(null);
        String target = t.target().map(g -> formats.quantity(g.value(), g.unit())).orElse(null);
        List<View.UpdateView> updates = new ArrayList<>();
        TaskStatus before = t.status();
        for (int i = 0; i < t.updates().size(); i++) {
            TaskUpdate u = t.updates().get(i);
            boolean counted = state.counted().contains(u);
            String change = null;
            if (u.status().isPresent()) {
                change = u.status().get() == before ? status(before)
                        : status(before) + " → " + status(u.status().get());
                if (counted) {
                    before = u.status().get();
                }
            }
            updates.add(update(u, root, "update-" + (i + 1), change, counted));
        }
        Event event = proceedings.namedEvent(t.event()).item();
        List<View.PeriodView> periods = state.periods().stream().map(p -> period(t, p)).toList();
        View.TaskOrigin origin = new View.TaskOrigin(links.event(t.event()), formats.date(event.date()), speech,
                t.assignedBy().map(links::person).orElse(null));
        View.TaskStandingView standing = new View.TaskStandingView(label(state), state.standing().id(),
                state.overdue(), state.dueSoon(), state.progress().map(p -> p + "%").orElse(null),
                achievement(t, state), links.asOf());
        return new View.TaskPage(t.title(), origin, links.organization(t.assignee()),
                t.partners().stream().map(links::organization).toList(), t.due().map(formats::date).orElse(null),
                t.recurrence().map(r -> strings.get("recurrence_" + r.id())).orElse(null), target, standing,
                links.body(t, root), status(t.status()), periods, updates, links.quotes().view(t).orElse(null));
    }

    private String status(TaskStatus status) {
        return strings.get("status_" + status.id());
    }

    private View.PeriodView period(Task t, PeriodResult p) {
        String name = t.recurrence().isPresent() ? periodName(p) : strings.get("task_period_whole");
        return new View.PeriodView(name, formats.number(p.target()), formats.number(p.achieved()), p.reported(),
                strings.get("outcome_" + p.outcome().id()), p.outcome().id());
    }

    /** An update; its evidence link is ready to use as is: a site link already made relative. */
    private View.UpdateView update(TaskUpdate u, String root, String anchor, String change, boolean counted) {
        Link evidence = u.evidence().map(e -> evidence(e, root)).orElse(null);
        return new View.UpdateView(formats.date(u.date()), u.note(), u.status().map(this::status).orElse(null),
                u.progress().map(p -> p + "%").orElse(null), evidence, anchor, change, u.period().orElse(null),
                u.value().map(formats::number).orElse(null), counted, Formats.iso(u.date()));
    }

    /** Evidence as written: a web address, a site path, or a document's id (its page, when it has one). */
    private Link evidence(String written, String root) {
        if (written.startsWith("/") || written.contains("://")) {
            return new Link(written.startsWith("/") ? root + written.substring(1) : written, written);
        }
        Link document = links.document(written);
        return document.url() == null ? document : new Link(root + document.url(), document.label());
    }

    // ---- an organisation's dashboard ----------------------------------------------------------

    View.TaskDashboard dashboard(Organization o) {
        List<Task> lead = proceedings.tasksLedBy(o.id());
        List<Task> partner = proceedings.tasksPartneredBy(o.id());
        List<Task> both = new ArrayList<>(lead);
        partner.stream().filter(Predicate.not(both::contains)).forEach(both::add);
        Addresses addresses = links.addresses();
        return new View.TaskDashboard(counts(both, false), groups(lead), groups(partner),
                both.isEmpty() ? null : addresses.output(OutputKind.ORGANIZATION_CALENDAR, o.id()),
                both.isEmpty() ? null : addresses.output(OutputKind.ORGANIZATION_FEED, o.id()),
                lead.isEmpty() ? null : assigneeViewUrl(o.id()));
    }

    private List<View.TaskGroup> groups(List<Task> tasks) {
        Map<TaskStanding, Integer> counts = proceedings.counts(tasks);
        List<View.TaskGroup> groups = new ArrayList<>();
        for (TaskStanding standing : TaskStanding.values()) {
            List<Task> these = tasks.stream().filter(t -> proceedings.state(t).standing() == standing).toList();
            if (!these.isEmpty()) {
                groups.add(new View.TaskGroup(status(standing), standing.id(), counts.get(standing), items(these)));
            }
        }
        return groups;
    }

    private String status(TaskStanding standing) {
        return strings.get("status_" + standing.id());
    }
}
