package org.acta.render;

import java.util.List;

/**
 * The view models the templates print: every value ready to show (dates formatted, labels
 * translated, lists in reading order), every link a path below the site root ("events/x/"),
 * made by {@link org.acta.pages.Addresses}, that the templates only prefix with {@code root}: no
 * template spells an address. Absent values are null, which templates test with {@code ??}.
 * HTML that is already safe (rendered Markdown) ends in {@code Html}.
 */
final class View {
    private View() {
    }

    /**
     * A link: {@code url} is a path below the site root, {@code label} plain text. An item the site
     * leaves out (a draft, named by an item on the site) has no page: its link has no {@code url},
     * and is shown as its label alone.
     */
    public record Link(String url, String label) {
        static Link plain(String label) {
            return new Link(null, label);
        }
    }

    /** How search lists a page: its kind, its date as shown and that date's year (both null when undated). */
    public record Searchable(String kind, String date, String year) {
    }

    /**
     * What a page's head tells crawlers and link previews: its description, an image with its
     * text (null when it has none), its Open Graph type and locale, the Twitter card to use, and
     * its JSON-LD, already escaped for a {@code <script>} element.
     */
    public record Head(String description, String image, String imageAlt, String type, String card, String locale,
                       String jsonLd) {
    }

    /** One speech of a printed volume: the speech's page, with its body's ids made unique in the volume. */
    public record PrintSpeech(SpeechPage speech, String anchor, String bodyHtml) {
    }

    /**
     * An event's printable volume: the event's page (cover, summary, figures, conclusions, tasks)
     * with its summary's ids made unique, then every speech in order.
     */
    public record PrintVolume(EventPage event, String summaryHtml, List<PrintSpeech> speeches, Link eventLink) {
    }

    /** The site-wide values every page's layout shows, with the site's fixed addresses and the theme's files. */
    public record SiteView(String title, String description, String lang, List<Link> menu, String asOf,
                           String generator, SiteLinks links, ThemeFiles files) {
    }

    /**
     * The pages and files every page may link to: the home page ({@code ""}), the lists of events,
     * tasks and tags, the search page's file ({@code search/index.html}, which works from disk too)
     * and the site's feed.
     */
    public record SiteLinks(String home, String events, String tracker, String tags, String search, String feed) {
    }

    /** The theme's files the templates load: its style sheets and scripts. */
    public record ThemeFiles(String style, String printStyle, String searchScript, String trackerScript) {
    }

    /** One choice of a filter: the value sent, and its label. */
    public record Choice(String value, String label) {
    }

    /**
     * The search page: its own file as its form's action ({@code index.html}, so a search works from
     * disk too), the folder of the index's scripts, and the kinds of page a search can keep to.
     */
    public record SearchPage(String action, String index, List<Choice> kinds) {
    }

    public record Heading(int level, String id, String text) {
    }

    public record EventItem(String url, String title, String date, String kind, String location, String summary,
                            int speechCount) {
    }

    public record YearGroup(String label, List<EventItem> events) {
    }

    public record FigureView(String label, String value, String note) {
    }

    public record SourceView(String title, String url, String publisher, String date) {
    }

    public record SpeechItem(String url, String title, String role, Link speaker, String speakerNote,
                             String position, String summary, Link event, String date) {
    }

    /**
     * A task in a list. {@code statusClass} is its standing ({@code overdue}, {@code due-soon},
     * {@code open}…); the ids and {@code dueBy} (ISO last day of the due date) feed the tracker's
     * filter; {@code achievement} sums up a target ("2025: 1 / 2 · 1 missed").
     */
    public record TaskItem(String url, String title, Link assignee, Link event, String due, String status,
                           String statusClass, boolean overdue, boolean dueSoon, String progress,
                           String assigneeId, String eventId, String dueBy, String achievement) {
    }

    /**
     * An event's page: what it was and where ({@code kind}, {@code location}), when, who held it, its
     * summary, figures and conclusions, its speeches and the tasks it assigned, the documents it acted
     * on, its tags, its source and its printable volume.
     */
    public record EventPage(String title, String kind, String location, EventDate when, EventHosts hosts,
                            String bodyHtml, List<FigureView> figures, List<String> conclusionsHtml,
                            List<SpeechItem> speeches, List<TaskItem> tasks, List<Link> documents, List<Link> tags,
                            SourceView source, String printUrl) {
    }

    /** When an event was held: its date (or {@code undated}), the day it ended, and a note on the date. */
    public record EventDate(String date, boolean undated, String endDate, String dateNote) {
    }

    /** Who held an event: its organizers, its chair, and the bodies that took part. */
    public record EventHosts(List<Link> organizers, Link chair, List<Link> participants) {
    }

    public record SpeechPage(String title, Link event, String date, String role, Link speaker, String speakerNote,
                             String position, String summary, String bodyHtml, List<Heading> headings,
                             Link previous, Link next, List<TaskItem> tasks) {
    }

    public record PositionView(String title, Link organization, String span) {
    }

    public record PersonPage(String name, List<PositionView> positions, String bioHtml, String photo,
                             List<SpeechItem> speeches, List<TaskItem> tasksAssigned, List<EventItem> eventsChaired) {
    }

    public record OrganizationPage(String name, String shortName, String kind, String website, Link parent,
                                   List<Link> children, List<Link> members, List<EventItem> eventsOrganized,
                                   List<EventItem> eventsAttended, List<TaskItem> tasksLead,
                                   List<TaskItem> tasksPartner, List<Link> documents, TaskDashboard tasks) {
    }

    /** Tasks grouped by standing, overdue first, each group with its count. */
    public record TaskGroup(String label, String statusClass, int count, List<TaskItem> tasks) {
    }

    /** An organisation's tasks: as lead and as partner, grouped, with counts and its feeds. */
    public record TaskDashboard(List<StatusCount> counts, List<TaskGroup> lead, List<TaskGroup> partner,
                                String calendarUrl, String feedUrl, String trackerUrl) {
    }

    public record DocumentPage(String title, String number, Link issuer, String date, String period, String url,
                               String bodyHtml, List<EventItem> events) {
    }

    public record TagPage(String name, List<EventItem> events) {
    }

    /**
     * One entry of the progress log. {@code statusChange} reads "Open → In progress";
     * {@code counted} is false for an update dated after the as-of date; {@code datetime} is its
     * date for {@code <time datetime>} ({@code 2024-03}).
     */
    public record UpdateView(String date, String note, String status, String progress, Link evidence,
                             String anchor, String statusChange, String period, String value, boolean counted,
                             String datetime) {
    }

    /** A target in one period: "2024 · 2 · 1 · Missed". */
    public record PeriodView(String period, String target, String achieved, boolean reported, String outcome,
                             String outcomeClass) {
    }

    /**
     * A task's page: where it was assigned, to whom, by when and to what target, where it stands on
     * the as-of date, the text as assigned with the status written there, its per-period results and
     * its progress log, and the words of the speech that assigned it.
     */
    public record TaskPage(String title, TaskOrigin origin, Link assignee, List<Link> partners, String due,
                           String recurrence, String target, TaskStandingView standing, String bodyHtml,
                           String writtenStatus, List<PeriodView> periods, List<UpdateView> updates,
                           QuoteView quote) {
    }

    /**
     * The words of the speech that assigned a task: the heading they are under (null when not
     * given), the speech linked to their place on its page (null when the task names no speech),
     * and who spoke them (null when not known).
     */
    public record QuoteView(String text, String heading, Link speech, String speaker) {
    }

    /** Where a task was assigned: the event (and its date), the speech, and the person who assigned it. */
    public record TaskOrigin(Link event, String eventDate, Link speech, Link assignedBy) {
    }

    /**
     * Where a task stands on the as-of date: its status in words and as a class ({@code overdue}…),
     * its progress, its target's achievement so far ("2025: 1 / 2 · 1 missed").
     */
    public record TaskStandingView(String status, String statusClass, boolean overdue, boolean dueSoon,
                                   String progress, String achievement, String asOf) {
    }

    /** A count of tasks by standing; {@code url} is the static view of that standing. */
    public record StatusCount(String label, String statusClass, int count, String url) {
    }

    /** One choice of the tracker's filter, with the URL of its static view. */
    public record FilterOption(String value, String label, String url, int count) {
    }

    /**
     * The tracker, or one of its static views. {@code view} says which ("" for the whole
     * tracker, else {@code status}, {@code assignee} or {@code event}); {@code total} counts
     * every task of the site.
     */
    public record TasksPage(String heading, String view, List<TaskItem> tasks, List<StatusCount> counts,
                            String asOf, String dueSoonNote, List<FilterOption> statuses,
                            List<FilterOption> assignees, List<FilterOption> events, int total,
                            List<Link> exports) {
    }

    public record HomePage(String description, List<EventItem> latest, List<StatusCount> taskCounts,
                           int eventCount, int speechCount, int taskCount, List<TaskItem> tasksNeedingAttention) {
    }

    public record ListPage(String title, List<Link> items) {
    }

    public record EventsPage(List<YearGroup> years) {
    }

    public record FreePage(String title, String bodyHtml) {
    }

    /**
     * A page at a former address: the title of the page it moved to, that page's address below the
     * site root, and its absolute address, which it names as canonical.
     */
    public record MovedPage(String title, String url, String canonical) {
    }
}
