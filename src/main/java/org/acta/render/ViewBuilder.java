package org.acta.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.assemble.Proceedings;
import org.acta.assemble.Tag;
import org.acta.model.Document;
import org.acta.model.Event;
import org.acta.model.Figure;
import org.acta.model.Organization;
import org.acta.model.Person;
import org.acta.model.Position;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.pages.Address;
import org.acta.pages.Addresses;
import org.acta.pages.OutputKind;
import org.acta.pages.PageKind;
import org.acta.render.View.EventItem;
import org.acta.render.View.Link;
import org.acta.render.View.SpeechItem;
import org.acta.render.View.TaskItem;

/** Builds the view model of each page kind from the assembled proceedings. */
final class ViewBuilder {
    private static final int EXCERPT_CHARS = 220;

    private final Proceedings proceedings;
    private final Strings strings;
    private final Formats formats;
    private final Bodies bodies;
    private final TaskViews tasks;
    private final SpeechQuotes quotes;
    private final Addresses addresses;

    ViewBuilder(Proceedings proceedings, Strings strings, Bodies bodies, Addresses addresses) {
        this.proceedings = proceedings;
        this.strings = strings;
        this.formats = new Formats(strings);
        this.bodies = bodies;
        this.addresses = addresses;
        this.tasks = new TaskViews(proceedings, strings, formats, this);
        this.quotes = new SpeechQuotes(proceedings, bodies, addresses, t -> strings.get("speech_quote_task")
                .replace("{status}", tasks.label(proceedings.state(t))));
    }

    /** The words of speeches that tasks quote: marked on the speech's page, quoted on the task's. */
    SpeechQuotes quotes() {
        return quotes;
    }

    /** The task tracker's views: its static views, the task page, dashboards. */
    TaskViews tasks() {
        return tasks;
    }

    // ---- links -----------------------------------------------------------------------------

    /** The site's addresses, for the links of every view. */
    Addresses addresses() {
        return addresses;
    }

    Proceedings proceedings() {
        return proceedings;
    }

    /** The interface strings in the site's language. */
    Strings strings() {
        return strings;
    }

    String speechUrl(Speech s) {
        return addresses.path(PageKind.SPEECH, s.event(), s.id());
    }

    String tagUrl(Tag tag) {
        return addresses.path(PageKind.TAG, tag.slug());
    }

    Link event(String id) {
        return link(proceedings.namedEvent(id), Event::title, PageKind.EVENT, id);
    }

    /** A speech of an event, named by its id in the event. */
    Link speech(String eventId, String speechId) {
        return link(proceedings.namedSpeech(eventId, speechId), Speech::title, PageKind.SPEECH, eventId, speechId);
    }

    Link person(String id) {
        return link(proceedings.namedPerson(id), Person::name, PageKind.PERSON, id);
    }

    Link organization(String id) {
        return link(proceedings.namedOrganization(id), Organization::name, PageKind.ORGANIZATION, id);
    }

    Link document(String id) {
        return link(proceedings.namedDocument(id), d -> d.number().map(n -> n + " — " + d.title()).orElse(d.title()),
                PageKind.DOCUMENT, id);
    }

    /** A link to a named item's page; for an item the site leaves out (a draft), its name alone, as plain text. */
    private <T> Link link(Proceedings.Named<T> named, java.util.function.Function<T, String> label, PageKind kind,
                          String... ids) {
        String text = label.apply(named.item());
        return named.onSite() ? new Link(addresses.path(kind, ids), text) : Link.plain(text);
    }

    Link tag(Tag tag) {
        return new Link(tagUrl(tag), tag.name());
    }

    private List<Link> organizations(List<String> ids) {
        return ids.stream().map(this::organization).toList();
    }

    String date(org.acta.model.PartialDate date) {
        return formats.date(date);
    }

    String asOf() {
        return formats.date(proceedings.asOf());
    }

    // ---- items for lists -------------------------------------------------------------------

    EventItem eventItem(Event e) {
        return new EventItem(addresses.path(PageKind.EVENT, e.id()), e.title(), formats.date(e.date()),
                e.kind().orElse(null), e.location().orElse(null), bodies.excerpt(e.body(), EXCERPT_CHARS),
                proceedings.speeches(e.id()).size());
    }

    List<EventItem> eventItems(List<Event> events) {
        return events.stream().map(this::eventItem).toList();
    }

    SpeechItem speechItem(Speech s) {
        Event event = proceedings.event(s.event());
        return new SpeechItem(speechUrl(s), s.title(), strings.get("role_" + s.role().id()),
                s.speaker().map(this::person).orElse(null), s.speakerNote().orElse(null),
                proceedings.positionAt(s).orElse(null), s.summary().orElse(null), event(s.event()),
                formats.date(event.date()));
    }

    TaskItem taskItem(Task t) {
        return tasks.item(t);
    }

    /** Tasks in the tracker's order: overdue first, then due soon. */
    List<TaskItem> taskItems(List<Task> list) {
        return tasks.items(list);
    }

    String body(Task t, String root) {
        return bodies.html(t.body(), root);
    }

    // ---- pages -----------------------------------------------------------------------------

    View.EventPage eventPage(Event e, String root) {
        List<View.FigureView> figures = e.figures().stream().map(this::figure).toList();
        List<String> conclusions = e.conclusions().stream().map(c -> bodies.inlineHtml(c, root)).toList();
        View.SourceView source = e.source().map(s -> new View.SourceView(s.title(), s.url().orElse(null),
                s.publisher().orElse(null), s.date().map(formats::date).orElse(null))).orElse(null);
        List<Link> tags = proceedings.tagsOf(e).stream().map(this::tag).toList();
        View.EventDate when = new View.EventDate(formats.date(e.date()), e.date().isUnknown(),
                e.endDate().map(formats::date).orElse(null), e.dateNote().orElse(null));
        View.EventHosts hosts = new View.EventHosts(organizations(e.organizers()),
                e.chair().map(this::person).orElse(null), organizations(e.participants()));
        return new View.EventPage(e.title(), e.kind().orElse(null), e.location().orElse(null), when, hosts,
                bodies.html(e.body(), root), figures, conclusions,
                proceedings.speeches(e.id()).stream().map(this::speechItem).toList(),
                taskItems(proceedings.tasksOf(e.id())), e.documents().stream().map(this::document).toList(), tags,
                source, addresses.path(PageKind.PRINT_VOLUME, e.id()));
    }

    /**
     * The event and every speech of it on one page: each body under its own h2, its headings one
     * level lower and its ids prefixed so they stay unique.
     */
    View.PrintVolume printVolume(Event e, String root) {
        View.EventPage event = eventPage(e, root);
        List<View.PrintSpeech> speeches = new ArrayList<>();
        int n = 0;
        for (Speech s : proceedings.speeches(e.id())) {
            String anchor = "speech-" + (++n);
            View.SpeechPage page = speechPage(s, root);
            speeches.add(new View.PrintSpeech(page, anchor, bodies.htmlAmongOthers(s.body(), root, anchor)));
        }
        return new View.PrintVolume(event, bodies.htmlAmongOthers(e.body(), root, "summary"), speeches,
                event(e.id()));
    }

    private View.FigureView figure(Figure f) {
        return new View.FigureView(f.label(), formats.quantity(f.value(), f.unit().orElse(null)), f.note().orElse(null));
    }

    View.SpeechPage speechPage(Speech s, String root) {
        List<Speech> siblings = proceedings.speeches(s.event());
        int index = siblings.indexOf(s);
        Link previous = index > 0 ? new Link(speechUrl(siblings.get(index - 1)), siblings.get(index - 1).title()) : null;
        Link next = index >= 0 && index < siblings.size() - 1
                ? new Link(speechUrl(siblings.get(index + 1)), siblings.get(index + 1).title()) : null;
        List<View.Heading> headings = s.body().isBlank() ? List.of() : bodies.block(s.body()).headings().stream()
                .map(h -> new View.Heading(h.level(), h.id(), h.text())).toList();
        List<Task> tasks = proceedings.tasksOf(s.event()).stream()
                .filter(t -> t.speech().filter(s.id()::equals).isPresent()).toList();
        return new View.SpeechPage(s.title(), event(s.event()), formats.date(proceedings.event(s.event()).date()),
                strings.get("role_" + s.role().id()), s.speaker().map(this::person).orElse(null),
                s.speakerNote().orElse(null), proceedings.positionAt(s).orElse(null), s.summary().orElse(null),
                quotes.bodyHtml(s, root), headings, previous, next, taskItems(tasks));
    }

    View.PersonPage personPage(Person p, String root) {
        List<View.PositionView> positions = p.positions().stream().map(this::position).toList();
        return new View.PersonPage(p.name(), positions, p.bio().map(b -> bodies.html(b, root)).orElse(null),
                p.photo().map(Addresses::assetNamed).orElse(null),
                proceedings.speechesBy(p.id()).stream().map(this::speechItem).toList(),
                taskItems(proceedings.tasksAssignedBy(p.id())), eventItems(proceedings.eventsChairedBy(p.id())));
    }

    private View.PositionView position(Position position) {
        Optional<Organization> org = position.organization().map(id -> proceedings.namedOrganization(id).item());
        // the organisation is linked apart unless the title already names it
        Link orgLink = org.filter(o -> !position.title().contains(o.name()))
                .map(o -> organization(o.id())).orElse(null);
        String from = position.from().map(formats::date).orElse(null);
        String to = position.to().map(formats::date).orElse(null);
        String span = from == null && to == null ? null : (from == null ? "" : from) + " – " + (to == null ? "" : to);
        return new View.PositionView(position.title(), orgLink, span == null ? null : span.strip());
    }

    View.OrganizationPage organizationPage(Organization o) {
        return new View.OrganizationPage(o.name(), o.shortName().orElse(null), o.kind().orElse(null),
                o.url().orElse(null), o.parent().map(this::organization).orElse(null),
                proceedings.childrenOf(o.id()).stream().map(c -> organization(c.id())).toList(),
                proceedings.membersOf(o.id()).stream().map(p -> person(p.id())).toList(),
                eventItems(proceedings.eventsOrganizedBy(o.id())), eventItems(proceedings.eventsAttendedBy(o.id())),
                taskItems(proceedings.tasksLedBy(o.id())), taskItems(proceedings.tasksPartneredBy(o.id())),
                proceedings.documentsIssuedBy(o.id()).stream().map(d -> document(d.id())).toList(),
                tasks.dashboard(o));
    }

    View.DocumentPage documentPage(Document d, String root) {
        return new View.DocumentPage(d.title(), d.number().orElse(null), d.issuer().map(this::organization).orElse(null),
                d.date().map(formats::date).orElse(null), d.period().orElse(null), d.url().orElse(null),
                bodies.html(d.body(), root), eventItems(proceedings.eventsActingOn(d.id())));
    }

    View.TagPage tagPage(Tag tag) {
        return new View.TagPage(tag.name(), eventItems(tag.events()));
    }

    View.TaskPage taskPage(Task t, String root) {
        return tasks.page(t, root);
    }

    View.TasksPage tasksPage() {
        return tasks.tracker();
    }

    List<View.StatusCount> statusCounts() {
        return tasks.counts(proceedings.tasks(), false);
    }

    View.HomePage homePage() {
        List<Event> events = proceedings.events();
        return new View.HomePage(proceedings.site().description().orElse(null),
                eventItems(events.subList(0, Math.min(10, events.size()))), statusCounts(), events.size(),
                proceedings.content().speeches().size(), proceedings.tasks().size(),
                taskItems(proceedings.tracked(proceedings.tasks()).stream().filter(t -> proceedings.state(t).overdue()
                        || proceedings.state(t).dueSoon()).limit(10).toList()));
    }

    View.EventsPage eventsPage() {
        Map<String, List<EventItem>> byYear = new LinkedHashMap<>();
        for (Event e : proceedings.events()) {
            String year = e.date().isUnknown() ? strings.get("events_undated") : Integer.toString(e.date().year());
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(eventItem(e));
        }
        return new View.EventsPage(byYear.entrySet().stream()
                .map(en -> new View.YearGroup(en.getKey(), List.copyOf(en.getValue()))).toList());
    }

    String pageBody(org.acta.model.Page page, String root) {
        return bodies.html(page.body(), root);
    }

    /** A list of every item of one kind: the people, the organisations, the documents or the tags. */
    View.ListPage listPage(String title, List<Link> items) {
        return new View.ListPage(title, items);
    }

    View.SearchPage searchPage() {
        Address search = addresses.page(PageKind.SEARCH);
        String action = search.file().substring(search.path().length());
        return new View.SearchPage(action, addresses.output(OutputKind.SEARCH_INDEX), PageKind.searchKinds().stream()
                .map(kind -> new View.Choice(kind, strings.get("search_kind_" + kind))).toList());
    }

    /** The site's fixed addresses, and the theme's files, that every page may link to. */
    View.SiteLinks siteLinks() {
        return new View.SiteLinks(addresses.path(PageKind.HOME), addresses.path(PageKind.EVENTS),
                addresses.path(PageKind.TRACKER), addresses.path(PageKind.TAGS), addresses.page(PageKind.SEARCH).file(),
                addresses.output(OutputKind.SITE_FEED));
    }

    static View.ThemeFiles themeFiles() {
        return new View.ThemeFiles(Addresses.staticFile("style.css"), Addresses.staticFile("print.css"),
                Addresses.staticFile("search.js"), Addresses.staticFile("tasks.js"));
    }
}
