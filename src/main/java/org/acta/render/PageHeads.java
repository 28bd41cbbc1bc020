package org.acta.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.acta.assemble.Proceedings;
import org.acta.assemble.TaskState;
import org.acta.model.Document;
import org.acta.model.Event;
import org.acta.model.Markdown;
import org.acta.model.Organization;
import org.acta.model.Page;
import org.acta.model.PartialDate;
import org.acta.model.Person;
import org.acta.model.Position;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.model.TaskStatus;
import org.acta.model.TaskUpdate;
import org.acta.pages.Address;
import org.acta.pages.Addresses;
import org.acta.pages.PageKind;

/**
 * What a page's head says about it to crawlers and link previews: a description, an image, the
 * Open Graph type, and its schema.org description as JSON-LD — an {@code Event}, a
 * {@code CreativeWork} for a speech or a document, a {@code Person} with the positions held over
 * time, an {@code Organization} (a {@code GovernmentOrganization} when its kind says so), an
 * {@code Action} for a task ({@code PlanAction} when it has a due date); the home page is the {@code WebSite}, every other page a
 * {@code WebPage}: each kind's types come from {@link PageKind}. Dates keep the precision written
 * ({@code "2024-03"}), but for a task's {@code scheduledTime}, the day it is due by: the last day
 * of its due date ({@code due: 2024-03} → {@code 2024-03-31}), as the calendar export places it. URLs are absolute; the page for a missing address names none of its own.
 */
final class PageHeads {
    private static final int DESCRIPTION_CHARS = 200;
    private static final List<String> GOVERNMENT_KINDS = List.of("nhà nước", "chính quyền", "hành chính",
            "ủy ban nhân dân", "ubnd", "bộ", "sở", "government", "ministry", "agency", "department", "council");

    private final Proceedings proceedings;
    private final Bodies bodies;
    private final Strings strings;
    private final Addresses addresses;
    private final ObjectMapper json = new ObjectMapper();

    PageHeads(Proceedings proceedings, Bodies bodies, Strings strings, Addresses addresses) {
        this.proceedings = proceedings;
        this.bodies = bodies;
        this.strings = strings;
        this.addresses = addresses;
    }

    // ---- page kinds -----------------------------------------------------------------------------

    /** The home page: the site itself. */
    View.Head home() {
        return head(PageKind.HOME, siteDescription(), Optional.empty(), webSite());
    }

    /** A page that shows no item of its own (a list, the tracker's views, search): a plain web page. */
    View.Head plain(Address at, String title) {
        return head(at.kind(), Optional.empty(), Optional.empty(), webPage(at, title));
    }

    /** An event's printable volume: a web page about the event. */
    View.Head printVolume(Address at, String title, Event e) {
        return head(at.kind(), describe(e.body()), image(e.body()),
                webPage(at, title).set("about", ref(PageKind.EVENT, eventUrl(e.id()), e.title())));
    }

    View.Head page(Address at, Page p) {
        return head(at.kind(), describe(p.body()), image(p.body()), webPage(at, p.title()));
    }

    View.Head event(Event e) {
        ObjectNode node = ref(PageKind.EVENT, eventUrl(e.id()), e.title());
        date(node, "startDate", e.date());
        e.endDate().ifPresent(d -> date(node, "endDate", d));
        e.location().ifPresent(l -> node.set("location", json.createObjectNode().put("@type", "Place").put("name", l)));
        organizations(node, "organizer", e.organizers());
        organizations(node, "attendee", e.participants());
        e.chair().ifPresent(c -> node.set("contributor", personRef(c)));
        ArrayNode speeches = json.createArrayNode();
        for (Speech s : proceedings.speeches(e.id())) {
            speeches.add(ref(PageKind.SPEECH, speechUrl(s), s.title()));
        }
        if (!speeches.isEmpty()) {
            node.set("recordedIn", speeches);
        }
        ArrayNode about = json.createArrayNode();
        e.documents().forEach(d -> about.add(documentRef(d)));
        if (!about.isEmpty()) {
            node.set("about", about);
        }
        keywords(node, e);
        node.put("inLanguage", proceedings.site().language().code());
        Optional<String> description = describe(e.body());
        description.ifPresent(d -> node.put("description", d));
        Optional<Image> image = image(e.body());
        image.ifPresent(i -> node.put("image", i.url()));
        return head(PageKind.EVENT, description, image, node);
    }

    View.Head speech(Speech s, Event e) {
        ObjectNode node = ref(PageKind.SPEECH, speechUrl(s), s.title());
        s.speaker().ifPresent(p -> node.set("author", personRef(p)));
        s.speakerNote().filter(n -> s.speaker().isEmpty()).ifPresent(n -> node.put("creditText", n));
        ObjectNode recordedAt = ref(PageKind.EVENT, eventUrl(e.id()), e.title());
        date(recordedAt, "startDate", e.date());
        node.set("recordedAt", recordedAt);
        ArrayNode about = json.createArrayNode();
        proceedings.tagsOf(e).forEach(t -> about.add(json.createObjectNode().put("@type", "Thing")
                .put("name", t.name()).put("url", addresses.absolute(addresses.path(PageKind.TAG, t.slug())))));
        if (about.isEmpty()) {
            about.add(json.createObjectNode().put("@type", "Thing").put("name", e.title()));
        }
        node.set("about", about);
        node.put("genre", strings.get("role_" + s.role().id()));
        node.put("position", proceedings.speeches(e.id()).indexOf(s) + 1);
        date(node, "dateCreated", e.date());
        node.put("inLanguage", proceedings.site().language().code());
        Optional<String> description = s.summary().or(() -> describe(s.body()));
        description.ifPresent(d -> node.put("abstract", d));
        Optional<Image> image = image(s.body()).or(() -> image(e.body()));
        image.ifPresent(i -> node.put("image", i.url()));
        return head(PageKind.SPEECH, description, image, node);
    }

    View.Head person(Person p) {
        ObjectNode node = ref(PageKind.PERSON, addresses.path(PageKind.PERSON, p.id()), p.name());
        List<Position> current = p.positions().stream().filter(x -> x.heldOn(proceedings.asOf())).toList();
        if (!current.isEmpty()) {
            node.set("jobTitle", strings(current.stream().map(Position::title).toList()));
        }
        ArrayNode occupations = json.createArrayNode();
        ArrayNode memberOf = json.createArrayNode();
        for (Position position : p.positions()) {
            ObjectNode role = json.createObjectNode().put("@type", "Role").put("roleName", position.title());
            position.from().ifPresent(d -> date(role, "startDate", d));
            position.to().ifPresent(d -> date(role, "endDate", d));
            occupations.add(role.deepCopy().set("hasOccupation",
                    json.createObjectNode().put("@type", "Occupation").put("name", position.title())));
            position.organization().ifPresent(o -> memberOf.add(role.deepCopy().put("@type", "OrganizationRole")
                    .set("memberOf", organizationRef(o))));
        }
        if (!occupations.isEmpty()) {
            node.set("hasOccupation", occupations);
        }
        if (!memberOf.isEmpty()) {
            node.set("memberOf", memberOf);
        }
        Optional<Image> image = p.photo()
                .map(path -> new Image(addresses.absolute(Addresses.assetNamed(path)), p.name()));
        image.ifPresent(i -> node.put("image", i.url()));
        Optional<String> description = p.bio().flatMap(this::describe)
                .or(() -> current.isEmpty() ? Optional.empty() : Optional.of(String.join("; ",
                        current.stream().map(Position::title).toList())));
        description.ifPresent(d -> node.put("description", d));
        return head(PageKind.PERSON, description, image, node);
    }

    View.Head organization(Organization o) {
        ObjectNode node = ref(organizationType(o), addresses.path(PageKind.ORGANIZATION, o.id()), o.name());
        o.shortName().ifPresent(n -> node.put("alternateName", n));
        o.url().ifPresent(u -> node.put("sameAs", u));
        o.kind().ifPresent(k -> node.put("description", k));
        o.parent().ifPresent(parent -> node.set("parentOrganization", organizationRef(parent)));
        organizations(node, "subOrganization", proceedings.childrenOf(o.id()).stream().map(Organization::id).toList());
        return head(PageKind.ORGANIZATION, o.kind().map(k -> k + ": " + o.name()), Optional.empty(), node);
    }

    View.Head document(Document d) {
        ObjectNode node = ref(PageKind.DOCUMENT, addresses.path(PageKind.DOCUMENT, d.id()), d.title());
        d.number().ifPresent(n -> node.put("identifier", n));
        d.issuer().ifPresent(i -> {
            node.set("creator", organizationRef(i));
            node.set("publisher", organizationRef(i));
        });
        d.date().ifPresent(date -> date(node, "dateCreated", date));
        d.period().ifPresent(p -> node.put("temporalCoverage", p));
        d.url().ifPresent(u -> node.put("sameAs", u));
        node.put("inLanguage", proceedings.site().language().code());
        Optional<String> description = describe(d.body());
        description.ifPresent(x -> node.put("description", x));
        return head(PageKind.DOCUMENT, description, image(d.body()), node);
    }

    View.Head task(Task t) {
        TaskState state = proceedings.state(t);
        String type = state.dueBy().isPresent() ? PageKind.TASK.scheduledSchemaType() : PageKind.TASK.schemaType();
        ObjectNode node = ref(type, addresses.path(PageKind.TASK, t.id()), t.title());
        state.dueBy().ifPresent(by -> node.put("scheduledTime", by.toString()));
        node.put("actionStatus", "https://schema.org/" + actionStatus(state.status()));
        node.set("agent", organizationRef(t.assignee()));
        organizations(node, "participant", t.partners());
        Proceedings.Named<Event> named = proceedings.namedEvent(t.event());
        Event event = named.item();
        ObjectNode assignedAt = named(named, PageKind.EVENT.schemaType(), eventUrl(event.id()), event.title());
        date(assignedAt, "startDate", event.date());
        ArrayNode subjectOf = node.putArray("subjectOf");
        subjectOf.add(assignedAt);
        t.speech().map(id -> proceedings.namedSpeech(event.id(), id)).ifPresent(s -> subjectOf.add(named(s,
                PageKind.SPEECH.schemaType(), speechUrl(s.item()), s.item().title())));
        if (!event.date().isUnknown()) {
            node.put("startTime", Formats.iso(event.date()));
        }
        if (state.status() == TaskStatus.DONE && !state.counted().isEmpty()) {
            TaskUpdate last = state.counted().get(state.counted().size() - 1);
            node.put("endTime", Formats.iso(last.date()));
        }
        Optional<String> description = describe(t.body());
        description.ifPresent(d -> node.put("description", d));
        return head(PageKind.TASK, description, image(t.body()), node);
    }

    static String actionStatus(TaskStatus status) {
        return switch (status) {
            case OPEN -> "PotentialActionStatus";
            case IN_PROGRESS -> "ActiveActionStatus";
            case DONE -> "CompletedActionStatus";
            case CANCELLED -> "FailedActionStatus";
        };
    }

    private ObjectNode webSite() {
        ObjectNode node = ref(PageKind.HOME, addresses.path(PageKind.HOME), proceedings.site().title());
        siteDescription().ifPresent(d -> node.put("description", d));
        node.put("inLanguage", proceedings.site().language().code());
        node.set("potentialAction", json.createObjectNode().put("@type", "SearchAction")
                .put("target", addresses.absolute(addresses.path(PageKind.SEARCH)) + "?q={search_term_string}")
                .put("query-input", "required name=search_term_string"));
        return node;
    }

    /** A web page of the site; the page for a missing address, which has no address of its own, names none. */
    private ObjectNode webPage(Address at, String title) {
        ObjectNode node = at.kind().hasOwnAddress() ? ref(at.kind(), at.path(), title)
                : json.createObjectNode().put("@type", at.kind().schemaType()).put("name", title);
        node.set("isPartOf", ref(PageKind.HOME, addresses.path(PageKind.HOME), proceedings.site().title()));
        node.put("inLanguage", proceedings.site().language().code());
        return node;
    }

    // ---- parts ----------------------------------------------------------------------------------

    /** An image for link previews, from a body: its URL made absolute, and its text. */
    private record Image(String url, String alt) {
    }

    /** A head; without a description of its own, a page is described by the site's. */
    private View.Head head(PageKind kind, Optional<String> description, Optional<Image> image, ObjectNode data) {
        ObjectNode withContext = json.createObjectNode().put("@context", "https://schema.org");
        withContext.setAll(data);
        Image picture = image.orElse(null);
        return new View.Head(description.or(this::siteDescription).orElse(null),
                picture == null ? null : picture.url(), picture == null ? null : picture.alt(), kind.openGraphType(),
                picture == null ? "summary" : "summary_large_image", locale(), script(withContext));
    }

    private Optional<String> siteDescription() {
        return proceedings.site().description();
    }

    private Optional<String> describe(Markdown body) {
        return Optional.ofNullable(bodies.excerpt(body, DESCRIPTION_CHARS));
    }

    /** The first image of a body that is on the site or on the web, made absolute. */
    private Optional<Image> image(Markdown body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        for (org.acta.markup.Image img : bodies.block(body).images()) {
            String url = img.src();
            if (url.startsWith("/") && !url.startsWith("//")) {
                return Optional.of(new Image(addresses.absolute(url), img.alt()));
            }
            if (url.startsWith("https://") || url.startsWith("http://")) {
                return Optional.of(new Image(url, img.alt()));
            }
        }
        return Optional.empty();
    }

    private String locale() {
        return switch (proceedings.site().language().code()) {
            case "en" -> "en_GB";
            default -> "vi_VN";
        };
    }

    /** A thing of a schema.org type, named, with its page as its {@code @id} and {@code url}. */
    private ObjectNode ref(String type, String url, String name) {
        String absolute = addresses.absolute(url);
        return json.createObjectNode().put("@type", type).put("@id", absolute).put("name", name).put("url", absolute);
    }

    /** A thing shown on a page of {@code kind}, of the kind's schema.org type. */
    private ObjectNode ref(PageKind kind, String url, String name) {
        return ref(kind.schemaType(), url, name);
    }

    private String eventUrl(String id) {
        return addresses.path(PageKind.EVENT, id);
    }

    private String speechUrl(Speech s) {
        return addresses.path(PageKind.SPEECH, s.event(), s.id());
    }

    /** A named thing with its page; an item the site leaves out (a draft) has none, and is named only. */
    private ObjectNode named(Proceedings.Named<?> named, String type, String url, String name) {
        return named.onSite() ? ref(type, url, name) : json.createObjectNode().put("@type", type).put("name", name);
    }

    private ObjectNode personRef(String id) {
        Proceedings.Named<Person> person = proceedings.namedPerson(id);
        return named(person, PageKind.PERSON.schemaType(), addresses.path(PageKind.PERSON, id), person.item().name());
    }

    private ObjectNode organizationRef(String id) {
        Proceedings.Named<Organization> o = proceedings.namedOrganization(id);
        return named(o, organizationType(o.item()), addresses.path(PageKind.ORGANIZATION, id), o.item().name());
    }

    private ObjectNode documentRef(String id) {
        Proceedings.Named<Document> d = proceedings.namedDocument(id);
        return named(d, PageKind.DOCUMENT.schemaType(), addresses.path(PageKind.DOCUMENT, id), d.item().title());
    }

    private void organizations(ObjectNode node, String field, List<String> ids) {
        if (!ids.isEmpty()) {
            ArrayNode list = node.putArray(field);
            ids.forEach(id -> list.add(organizationRef(id)));
        }
    }

    /** {@code GovernmentOrganization} when the organization's kind names a state body, else {@code Organization}. */
    static String organizationType(Organization o) {
        String kind = o.kind().orElse("").toLowerCase(Locale.ROOT);
        boolean government = GOVERNMENT_KINDS.stream().anyMatch(word -> kind.matches("(?U).*\\b" + word + "\\b.*"));
        return government ? "GovernmentOrganization" : "Organization";
    }

    private void keywords(ObjectNode node, Event e) {
        List<String> tags = proceedings.tagsOf(e).stream().map(t -> t.name()).toList();
        if (!tags.isEmpty()) {
            node.put("keywords", String.join(", ", tags));
        }
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = json.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static void date(ObjectNode node, String field, PartialDate date) {
        String iso = Formats.iso(date);
        if (iso != null) {
            node.put(field, iso);
        }
    }

    /**
     * JSON-LD safe inside {@code <script>}: every {@code <}, {@code >} and {@code &} escaped as a
     * JSON unicode escape, so no text (a title holding {@code </script>}) can end the element.
     */
    String script(ObjectNode data) {
        try {
            return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
