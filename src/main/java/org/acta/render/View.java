package org.acta.render;

import java.util.List;

/**
 * The view models the templates print: every value ready to show (dates formatted, labels
 * translated, lists in reading order), every link a path below the site root ("events/x/")
 * that the templates prefix with {@code root}. Absent values are null, which templates test
 * with {@code ??}. HTML that is already safe (rendered Markdown) ends in {@code Html}.
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

    /** The site-wide values every page's layout shows. */
    public record SiteView(String title, String description, String lang, List<Link> menu, String asOf,
                           String generator) {
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

    public record TaskItem(String url, String title, Link assignee, Link event, String due, String status,
                           String statusClass, boolean overdue, boolean dueSoon, String progress) {
    }

    public record EventPage(String title, String date, boolean undated, String dateNote, String endDate,
                            String kind, String location, List<Link> organizers, List<Link> participants,
                            Link chair, List<FigureView> figures, List<String> conclusionsHtml,
                            List<SpeechItem> speeches, List<Link> documents, List<Link> tags, SourceView source,
                            String bodyHtml, List<TaskItem> tasks) {
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
                                   List<TaskItem> tasksPartner, List<Link> documents) {
    }

    public record DocumentPage(String title, String number, Link issuer, String date, String period, String url,
                               String bodyHtml, List<EventItem> events) {
    }

    public record TagPage(String name, List<EventItem> events) {
    }

    public record UpdateView(String date, String note, String status, String progress, Link evidence) {
    }

    public record TaskPage(String title, Link event, Link speech, Link assignedBy, Link assignee, List<Link> partners,
                           String due, String recurrence, String target, String status, String statusClass,
                           boolean overdue, boolean dueSoon, String progress, String asOf, String bodyHtml,
                           List<UpdateView> updates) {
    }

    public record StatusCount(String label, String statusClass, int count) {
    }

    public record TasksPage(List<TaskItem> tasks, List<StatusCount> counts, String asOf) {
    }

    public record HomePage(String description, List<EventItem> latest, List<StatusCount> taskCounts,
                           int eventCount, int speechCount, int taskCount) {
    }

    public record ListPage(String title, List<Link> items) {
    }

    public record EventsPage(List<YearGroup> years) {
    }

    public record FreePage(String title, String bodyHtml) {
    }
}
