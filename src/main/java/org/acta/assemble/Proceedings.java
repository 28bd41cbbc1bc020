package org.acta.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acta.model.Content;
import org.acta.model.Document;
import org.acta.model.Event;
import org.acta.model.Ids;
import org.acta.model.Organization;
import org.acta.model.PartialDate;
import org.acta.model.Person;
import org.acta.model.Position;
import org.acta.model.Site;
import org.acta.model.Speech;
import org.acta.model.Task;

/**
 * The whole corpus, resolved: every list in reading order, every reverse link, and the state of
 * every task on the as-of date. Immutable; built once by {@link #assemble} and read by the
 * renderers. Every lookup by id assumes the id was checked when binding.
 */
public final class Proceedings {
    /** Tasks due within this many days are "due soon", unless site.yaml says otherwise. */
    public static final int DUE_SOON_DAYS = 30;

    /** Newest first; undated events after dated ones; then by id for a stable order. */
    public static final Comparator<Event> NEWEST_FIRST = Comparator
            .comparing((Event e) -> e.date().isUnknown())
            .thenComparing(Event::date, PartialDate.CHRONOLOGICAL.reversed())
            .thenComparing(Event::id);

    private final Content content;
    private final LocalDate asOf;
    private final List<Event> events;
    private final Map<String, Event> eventsById;
    private final Map<String, List<Speech>> speechesByEvent;
    private final Map<String, Person> people;
    private final Map<String, Organization> organizations;
    private final Map<String, Document> documents;
    private final List<Person> peopleList;
    private final List<Organization> organizationList;
    private final List<Document> documentList;
    private final List<Tag> tags;
    private final List<Task> tasks;
    private final Map<String, TaskState> taskStates;
    private final int dueSoonDays;
    private final Map<String, Integer> taskOrder = new java.util.HashMap<>();
    private final Map<String, List<Speech>> speechesByPerson;
    private final Map<String, List<Task>> tasksByAssigner;
    private final Map<String, List<Task>> tasksByAssignee;
    private final Map<String, List<Task>> tasksByPartner;
    private final Map<String, List<Task>> tasksByEvent;
    private final Map<String, List<Event>> eventsByChair;
    private final Map<String, List<Event>> eventsByOrganizer;
    private final Map<String, List<Event>> eventsByParticipant;
    private final Map<String, List<Event>> eventsByDocument;
    private final Map<String, List<Organization>> childrenByOrganization;
    private final Map<String, List<Person>> membersByOrganization;
    private final Map<String, List<Document>> documentsByIssuer;
    private final Map<String, List<Tag>> tagsByEvent;

    private Proceedings(Content content, LocalDate asOf) {
        this.content = content;
        this.asOf = asOf;
        this.events = content.events().stream().sorted(NEWEST_FIRST).toList();
        this.eventsById = index(events, Event::id);
        this.speechesByEvent = content.speeches().stream()
                .sorted(Comparator.comparing((Speech s) -> s.order().orElse(Integer.MAX_VALUE)).thenComparing(Speech::id))
                .collect(Collectors.groupingBy(Speech::event, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        this.people = index(content.people().stream().sorted(Comparator.comparing(Person::id)).toList(), Person::id);
        this.organizations = index(content.organizations().stream().sorted(Comparator.comparing(Organization::id))
                .toList(), Organization::id);
        this.documents = index(content.documents().stream().sorted(Comparator.comparing(Document::id)).toList(),
                Document::id);
        this.peopleList = List.copyOf(people.values());
        this.organizationList = List.copyOf(organizations.values());
        this.documentList = List.copyOf(documents.values());
        this.tags = collectTags(events);
        this.tasks = content.tasks().stream()
                .sorted(Comparator.comparing((Task t) -> eventsById.get(t.event()), Comparator.nullsLast(NEWEST_FIRST))
                        .thenComparing(Task::id))
                .toList();
        tasks.forEach(t -> taskOrder.putIfAbsent(t.id(), taskOrder.size()));
        this.dueSoonDays = content.site().dueSoonDays().orElse(DUE_SOON_DAYS);
        TaskJudge judge = new TaskJudge(asOf, dueSoonDays);
        Map<String, TaskState> states = new LinkedHashMap<>();
        content.tasks().forEach(t -> states.put(t.id(), judge.judge(t, Optional.ofNullable(eventsById.get(t.event())))));
        this.taskStates = Map.copyOf(states);
        this.speechesByPerson = Grouping.by(events.stream().flatMap(e -> speeches(e.id()).stream()).toList(),
                s -> s.speaker().stream().toList());
        this.tasksByAssigner = Grouping.by(tasks, t -> t.assignedBy().stream().toList());
        this.tasksByAssignee = Grouping.by(tasks, t -> List.of(t.assignee()));
        this.tasksByPartner = Grouping.by(tasks, Task::partners);
        this.tasksByEvent = Grouping.by(tasks, t -> List.of(t.event()));
        this.eventsByChair = Grouping.by(events, e -> e.chair().stream().toList());
        this.eventsByOrganizer = Grouping.by(events, Event::organizers);
        this.eventsByParticipant = Grouping.by(events, Event::participants);
        this.eventsByDocument = Grouping.by(events, Event::documents);
        this.childrenByOrganization = Grouping.by(organizations.values(), o -> o.parent().stream().toList());
        this.membersByOrganization = Grouping.by(people.values(),
                p -> p.positions().stream().flatMap(pos -> pos.organization().stream()).toList());
        this.documentsByIssuer = Grouping.by(documents.values(), d -> d.issuer().stream().toList());
        this.tagsByEvent = Grouping.by(tags, t -> t.events().stream().map(Event::id).toList());
    }

    /** Resolves the content as of a given day; nothing here reads the clock. */
    public static Proceedings assemble(Content content, LocalDate asOf) {
        return new Proceedings(content, asOf);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    private static List<Tag> collectTags(List<Event> events) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Event>> tagged = new LinkedHashMap<>();
        for (Event event : events) {
            for (String tag : event.tags()) {
                String slug = Ids.tagSlug(tag);
                if (slug.isEmpty()) {
                    continue; // reported when binding: a tag with no letter or digit has no page
                }
                names.putIfAbsent(slug, tag);
                List<Event> list = tagged.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != event) { // an event naming a tag twice
                    list.add(event);
                }
            }
        }
        return tagged.entrySet().stream()
                .map(e -> new Tag(names.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Tag::slug))
                .toList();
    }

    public Site site() {
        return content.site();
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Content content() {
        return content;
    }

    /** Every event, newest first, undated ones last. */
    public List<Event> events() {
        return events;
    }

    public Event event(String id) {
        return eventsById.get(id);
    }

    /** The speeches of an event by {@code order}, then id. */
    public List<Speech> speeches(String eventId) {
        return speechesByEvent.getOrDefault(eventId, List.of());
    }

    public Optional<Speech> speech(String eventId, String speechId) {
        return speeches(eventId).stream().filter(s -> s.id().equals(speechId)).findFirst();
    }

    /**
     * An item named by another: its record, and whether the site has its page. An item the site leaves
     * out (a draft) has none: what names it shows its name as plain text, not as a link.
     */
    public record Named<T>(T item, boolean onSite) {
    }

    /** The event named by an id, on the site or left out of it; every reference was checked when binding. */
    public Named<Event> namedEvent(String id) {
        return named(eventsById.get(id), () -> content.drafts().withheld().event(id), "event", id);
    }

    public Named<Speech> namedSpeech(String eventId, String speechId) {
        return named(speech(eventId, speechId).orElse(null),
                () -> content.drafts().withheld().speech(eventId, speechId), "speech", eventId + "/" + speechId);
    }

    public Named<Person> namedPerson(String id) {
        return named(people.get(id), () -> content.drafts().withheld().person(id), "person", id);
    }

    public Named<Organization> namedOrganization(String id) {
        return named(organizations.get(id), () -> content.drafts().withheld().organization(id), "organization", id);
    }

    public Named<Document> namedDocument(String id) {
        return named(documents.get(id), () -> content.drafts().withheld().document(id), "document", id);
    }

    private static <T> Named<T> named(T onSite, java.util.function.Supplier<Optional<T>> leftOut, String kind,
                                      String id) {
        if (onSite != null) {
            return new Named<>(onSite, true);
        }
        return new Named<>(leftOut.get().orElseThrow(() -> new IllegalStateException(kind + " '" + id + "' is neither "
                + "on the site nor left out of it: binding checks every reference")), false);
    }

    public List<Person> people() {
        return peopleList;
    }

    public Person person(String id) {
        return people.get(id);
    }

    public List<Organization> organizations() {
        return organizationList;
    }

    public Organization organization(String id) {
        return organizations.get(id);
    }

    public List<Document> documents() {
        return documentList;
    }

    public Document document(String id) {
        return documents.get(id);
    }

    public Optional<Document> findDocument(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public List<Tag> tags() {
        return tags;
    }

    /** Tasks in a stable order: by event (newest first), then id. */
    public List<Task> tasks() {
        return tasks;
    }

    public TaskState state(Task task) {
        return taskStates.get(task.id());
    }

    /** The due-soon window in days: site.yaml's {@code due_soon_days}, else 30. */
    public int dueSoonDays() {
        return dueSoonDays;
    }

    /**
     * Tasks in the tracker's order: overdue first, then due soon, in progress, open, done,
     * cancelled; within each, the earliest due date first (none last), then the stable order.
     */
    public List<Task> tracked(List<Task> some) {
        Comparator<Task> order = Comparator.comparing((Task t) -> state(t).standing())
                .thenComparing(t -> state(t).dueBy().orElse(LocalDate.MAX))
                .thenComparing(t -> taskOrder.get(t.id()));
        return some.stream().sorted(order).toList();
    }

    /** How many of some tasks stand where, in the tracker's order; every standing is listed. */
    public Map<TaskStanding, Integer> counts(List<Task> some) {
        Map<TaskStanding, Integer> counts = new java.util.EnumMap<>(TaskStanding.class);
        for (TaskStanding standing : TaskStanding.values()) {
            counts.put(standing, 0);
        }
        some.forEach(t -> counts.merge(state(t).standing(), 1, Integer::sum));
        return java.util.Collections.unmodifiableMap(counts);
    }

    /**
     * The speaker's position as stated at the time: the speech's own {@code position}, else the
     * positions the person held on the event's date (for an undated event, the undated ones).
     */
    public Optional<String> positionAt(Speech speech) {
        if (speech.position().isPresent()) {
            return speech.position();
        }
        Person person = speech.speaker().map(people::get).orElse(null);
        Event event = eventsById.get(speech.event());
        if (person == null || event == null) {
            return Optional.empty();
        }
        List<String> held = positionsOn(person, event.date()).stream().map(Position::title).toList();
        return held.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", held));
    }

    /** The positions held on a date; for an unknown date, those with no dates at all. */
    public static List<Position> positionsOn(Person person, PartialDate date) {
        if (date.isUnknown()) {
            return person.positions().stream()
                    .filter(p -> p.from().filter(d -> !d.isUnknown()).isEmpty()
                            && p.to().filter(d -> !d.isUnknown()).isEmpty())
                    .toList();
        }
        LocalDate day = date.start();
        return person.positions().stream().filter(p -> p.heldOn(day)).toList();
    }

    /** A person's speeches, newest event first. */
    public List<Speech> speechesBy(String personId) {
        return speechesByPerson.getOrDefault(personId, List.of());
    }

    public List<Task> tasksAssignedBy(String personId) {
        return tasksByAssigner.getOrDefault(personId, List.of());
    }

    public List<Event> eventsChairedBy(String personId) {
        return eventsByChair.getOrDefault(personId, List.of());
    }

    public List<Event> eventsOrganizedBy(String orgId) {
        return eventsByOrganizer.getOrDefault(orgId, List.of());
    }

    public List<Event> eventsAttendedBy(String orgId) {
        return eventsByParticipant.getOrDefault(orgId, List.of());
    }

    public List<Task> tasksLedBy(String orgId) {
        return tasksByAssignee.getOrDefault(orgId, List.of());
    }

    public List<Task> tasksPartneredBy(String orgId) {
        return tasksByPartner.getOrDefault(orgId, List.of());
    }

    public List<Task> tasksOf(String eventId) {
        return tasksByEvent.getOrDefault(eventId, List.of());
    }

    public List<Organization> childrenOf(String orgId) {
        return childrenByOrganization.getOrDefault(orgId, List.of());
    }

    /** People who held a position in an organisation. */
    public List<Person> membersOf(String orgId) {
        return membersByOrganization.getOrDefault(orgId, List.of());
    }

    public List<Document> documentsIssuedBy(String orgId) {
        return documentsByIssuer.getOrDefault(orgId, List.of());
    }

    /** Events acting on a document, newest first. */
    public List<Event> eventsActingOn(String documentId) {
        return eventsByDocument.getOrDefault(documentId, List.of());
    }

    public List<Tag> tagsOf(Event event) {
        return tagsByEvent.getOrDefault(event.id(), List.of());
    }
}
