package org.acta.pages;

import java.util.List;
import java.util.Optional;

/**
 * Every kind of page the site has, as data, one entry a kind: where its pages live (an address
 * pattern), the template that lays them out, the part of the menu they belong to, whether they
 * are listed in the sitemap and indexed for search (and as which search kind), their schema.org
 * type and Open Graph type, and the files published beside them (feeds, calendars, exports).
 *
 * <p>The order is the order pages are rendered in and, among the kinds that are searched, the order
 * search numbers its pages and lists its kinds. Adding a kind is one entry here, one view (its case
 * in {@code render}'s page jobs, which the compiler asks for) and one template.
 */
public enum PageKind {
    HOME(at("", "home.ftlh", "home").shows("WebSite", "website")
            .outputs(OutputKind.SITE_FEED, OutputKind.SITEMAP, OutputKind.ROBOTS, OutputKind.HOST_HEADERS,
                    OutputKind.HOST_REDIRECTS)),
    EVENTS(at("events/", "events.ftlh", "events")),
    EVENT(at("events/{event-id}/", "event.ftlh", "events").searched("event").shows("Event", "website")),
    /** An event and all its speeches on one printable page. */
    PRINT_VOLUME(at("events/{event-id}/print/", "print.ftlh", "events")),
    SPEECH(at("events/{event-id}/{speech-id}/", "speech.ftlh", "events").searched("speech")
            .shows("CreativeWork", "article")),
    TRACKER(at("tasks/", "tasks.ftlh", "tasks")
            .outputs(OutputKind.TASKS_JSON, OutputKind.TASKS_CSV, OutputKind.TASKS_CALENDAR)),
    /** A task: an {@code Action}, and a {@code PlanAction} (with its {@code scheduledTime}) when it is due by a date. */
    TASK(at("tasks/{task-id}/", "task.ftlh", "tasks").searched("task").shows("Action", "website")
            .scheduledAs("PlanAction")),
    /** The tracker's static view of the tasks of one standing. */
    TASKS_BY_STANDING(at("tasks/status/{status}/", "tasks.ftlh", "tasks")),
    /** The tracker's static view of the tasks one organisation leads. */
    TASKS_BY_ASSIGNEE(at("tasks/assignee/{org-id}/", "tasks.ftlh", "tasks")),
    /** The tracker's static view of the tasks assigned at one event. */
    TASKS_BY_EVENT(at("tasks/event/{event-id}/", "tasks.ftlh", "tasks")),
    PEOPLE(at("people/", "list.ftlh", "people")),
    PERSON(at("people/{person-id}/", "person.ftlh", "people").searched("person").shows("Person", "profile")),
    ORGANIZATIONS(at("organizations/", "list.ftlh", "organizations")),
    ORGANIZATION(at("organizations/{org-id}/", "organization.ftlh", "organizations").searched("organization")
            .shows("Organization", "website")
            .outputs(OutputKind.ORGANIZATION_CALENDAR, OutputKind.ORGANIZATION_FEED)),
    DOCUMENTS(at("documents/", "list.ftlh", "documents")),
    DOCUMENT(at("documents/{document-id}/", "document.ftlh", "documents").searched("document")
            .shows("CreativeWork", "article")),
    TAGS(at("tags/", "list.ftlh", "tags")),
    TAG(at("tags/{tag-slug}/", "tag.ftlh", "tags")),
    /** A free page ({@code pages/<id>.md}): each is a part of the menu of its own, named by its id. */
    PAGE(at("{page-id}/", "page.ftlh", Spec.OWN_SECTION).searched("page").shows("WebPage", "article")),
    SEARCH(at("search/", "search.ftlh", "search").outputs(OutputKind.SEARCH_INDEX)),
    /**
     * The page a host answers for an address that does not exist: served at any address, it has
     * none of its own, so it claims none (no canonical link, no {@code og:url}), links from the
     * site root, and is not in the sitemap.
     */
    NOT_FOUND(at("404.html", "404.ftlh", "").servedAtAnyAddress()),
    /**
     * An address an item's page had before the item was renamed ({@code former_ids}): its page sends
     * the reader on to the item's page, whose address it claims as canonical, not its own; it is not in
     * the sitemap nor searched. Its addresses are made from every other kind's, so it comes last.
     */
    MOVED(at("{former-address}", "moved.ftlh", "").sendsOn());

    private final AddressPattern pattern;
    private final String template;
    /** The part of the menu, or null when each page is a part of its own. */
    private final String section;
    private final String searchKind;
    private final String schemaType;
    private final String scheduledSchemaType;
    private final String openGraphType;
    private final List<OutputKind> outputs;
    private final boolean ownAddress;
    private final boolean claimsAddress;
    private final boolean sitemap;

    PageKind(Spec spec) {
        this.pattern = new AddressPattern(spec.pattern);
        this.template = spec.template;
        this.section = spec.section;
        this.searchKind = spec.searchKind;
        this.schemaType = spec.schemaType;
        this.scheduledSchemaType = spec.scheduledSchemaType == null ? spec.schemaType : spec.scheduledSchemaType;
        this.openGraphType = spec.openGraphType;
        this.outputs = List.copyOf(spec.outputs);
        this.ownAddress = spec.ownAddress;
        this.claimsAddress = spec.claimsAddress;
        this.sitemap = spec.sitemap;
    }

    /** The address pattern, with named blanks for ids: {@code events/{event-id}/{speech-id}/}. */
    public String pattern() {
        return pattern.text();
    }

    /** The theme's template for the kind: {@code speech.ftlh}. */
    public String template() {
        return template;
    }

    /** Whether the sitemap lists its pages. */
    public boolean inSitemap() {
        return sitemap;
    }

    /** Whether its pages have an address of their own: all but the page for a missing address. */
    public boolean hasOwnAddress() {
        return ownAddress;
    }

    /**
     * Whether its pages name their own address as the one to cite (canonical, {@code og:url}): not the
     * page for a missing address, which has none, nor a page that moved, which names the new one.
     */
    public boolean claimsOwnAddress() {
        return claimsAddress;
    }

    /** The kind search files its pages under ({@code speech}), when its pages are searched. */
    public Optional<String> searchKind() {
        return Optional.ofNullable(searchKind);
    }

    /** Its schema.org type: {@code Event}; {@code WebPage} unless it shows an item. */
    public String schemaType() {
        return schemaType;
    }

    /**
     * Its schema.org type for an item planned for a time, a task with a due date ({@code PlanAction},
     * which has a {@code scheduledTime}); for other kinds, {@link #schemaType()}.
     */
    public String scheduledSchemaType() {
        return scheduledSchemaType;
    }

    /** Its Open Graph type for link previews: {@code website}, {@code article} or {@code profile}. */
    public String openGraphType() {
        return openGraphType;
    }

    /** The files published beside its pages. */
    public List<OutputKind> outputs() {
        return outputs;
    }

    /** The search kinds in the order search numbers its pages: event, speech, task, person, … */
    public static List<String> searchKinds() {
        return java.util.Arrays.stream(values()).flatMap(k -> k.searchKind().stream()).toList();
    }

    AddressPattern addressPattern() {
        return pattern;
    }

    /** The part of the menu its pages belong to; for a free page, the page's own id. */
    String section(List<String> ids) {
        return section != null ? section : ids.get(ids.size() - 1);
    }

    private static Spec at(String pattern, String template, String section) {
        return new Spec(pattern, template, section);
    }

    /**
     * What one entry of the table says beyond its address, template and part of the menu, defaults
     * left out: a plain web page with an address of its own, in the sitemap, not searched, with
     * nothing beside it. Read once, by the constructor.
     */
    private static final class Spec {
        /** In place of a part of the menu: each page is a part of its own, named by its id. */
        static final String OWN_SECTION = null;

        private final String pattern;
        private final String template;
        private final String section;
        private String searchKind;
        private String schemaType = "WebPage";
        private String scheduledSchemaType;
        private String openGraphType = "website";
        private List<OutputKind> outputs = List.of();
        private boolean ownAddress = true;
        private boolean claimsAddress = true;
        private boolean sitemap = true;

        Spec(String pattern, String template, String section) {
            this.pattern = pattern;
            this.template = template;
            this.section = section;
        }

        Spec searched(String kind) {
            searchKind = kind;
            return this;
        }

        /** Its pages show a thing of this schema.org type, previewed as this Open Graph type. */
        Spec shows(String schema, String openGraph) {
            schemaType = schema;
            openGraphType = openGraph;
            return this;
        }

        /** An item of its pages that is planned for a time is of this schema.org type instead. */
        Spec scheduledAs(String schema) {
            scheduledSchemaType = schema;
            return this;
        }

        Spec outputs(OutputKind... kinds) {
            outputs = List.of(kinds);
            return this;
        }

        /** The answer for addresses that are not its own: it has none, and is not in the sitemap. */
        Spec servedAtAnyAddress() {
            ownAddress = false;
            claimsAddress = false;
            sitemap = false;
            return this;
        }

        /** A page that sends the reader on: it claims the address it sends to, and is not in the sitemap. */
        Spec sendsOn() {
            claimsAddress = false;
            sitemap = false;
            return this;
        }
    }
}
