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

    /** A link: {@code url} is a path below the site root, {@code label} plain text. */
    public record Link(String url, String label) {
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

    /** The search page: the folder of the index's scripts, and the kinds of page a search can keep to. */
    public record SearchPage(String index, List<Choice> kinds) {
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

    public record EventPage(String title, String date, boolean undated, String dateNote, String endDate,
                            String kind, String location, List<Link> organizers, List<Link> participants,
                            Link chair, List<FigureView> figures, List<String> conclusionsHtml,
                            List<SpeechItem> speeches, List<Link> documents, List<Link> tags, SourceView source,
                            String bodyHtml, List<TaskItem> tasks, String printUrl) {
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

    public record TaskPage(String title, Link event, Link speech, Link assignedBy, Link assignee, List<Link> partners,
                           String due, String recurrence, String target, String status, String statusClass,
                           boolean overdue, boolean dueSoon, String progress, String asOf, String bodyHtml,
                           List<UpdateView> updates, String writtenStatus, String eventDate, String achievement,
                           List<PeriodView> periods) {
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
}
