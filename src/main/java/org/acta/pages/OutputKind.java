package org.acta.pages;

/**
 * The files the site publishes beside its pages, as data: each with its format and its address
 * pattern, blanks filled as a page's are. {@link PageKind#outputs()} says which page kind each
 * belongs to.
 */
public enum OutputKind {
    /** The site's Atom feed of events, speeches and task updates. */
    SITE_FEED(OutputFormat.ATOM, "feed.xml"),
    SITEMAP(OutputFormat.SITEMAP, "sitemap.xml"),
    ROBOTS(OutputFormat.TEXT, "robots.txt"),
    /** The HTTP headers hosts that read such a file (Netlify, Cloudflare Pages) send with every file. */
    HOST_HEADERS(OutputFormat.TEXT, "_headers"),
    /** The former addresses of pages, as permanent redirects, for hosts that read such a file (Netlify, Cloudflare Pages). */
    HOST_REDIRECTS(OutputFormat.TEXT, "_redirects"),
    TASKS_JSON(OutputFormat.JSON, "tasks.json"),
    TASKS_CSV(OutputFormat.CSV, "tasks.csv"),
    TASKS_CALENDAR(OutputFormat.ICALENDAR, "tasks.ics"),
    /** The tasks an organisation leads or takes part in, as a calendar. */
    ORGANIZATION_CALENDAR(OutputFormat.ICALENDAR, "organizations/{org-id}/tasks.ics"),
    /** The updates of the tasks an organisation leads or takes part in, as an Atom feed. */
    ORGANIZATION_FEED(OutputFormat.ATOM, "organizations/{org-id}/feed.xml"),
    /** The folder of the search index's scripts: {@code index.js}, {@code t/N.js}, {@code d/N.js}. */
    SEARCH_INDEX(OutputFormat.SCRIPT, "search/");

    private final OutputFormat format;
    private final AddressPattern pattern;

    OutputKind(OutputFormat format, String pattern) {
        this.format = format;
        this.pattern = new AddressPattern(pattern);
    }

    public OutputFormat format() {
        return format;
    }

    /** The address pattern: {@code organizations/{org-id}/feed.xml}. */
    public String pattern() {
        return pattern.text();
    }

    AddressPattern addressPattern() {
        return pattern;
    }
}
