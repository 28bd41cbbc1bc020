package org.acta.pages;

/**
 * A machine format the site is published in: its name, its media type, and the extension its
 * files end with. Formats are data, not subclasses.
 */
public record OutputFormat(String name, String mediaType, String extension) {
    public static final OutputFormat JSON = new OutputFormat("json", "application/json", "json");
    public static final OutputFormat CSV = new OutputFormat("csv", "text/csv; charset=utf-8; header=present", "csv");
    public static final OutputFormat ICALENDAR = new OutputFormat("icalendar", "text/calendar", "ics");
    public static final OutputFormat ATOM = new OutputFormat("atom", "application/atom+xml", "xml");
    public static final OutputFormat SITEMAP = new OutputFormat("sitemap", "application/xml", "xml");
    public static final OutputFormat TEXT = new OutputFormat("text", "text/plain; charset=utf-8", "txt");
    /** Scripts that hand data to the theme's own runtime (the search index). */
    public static final OutputFormat SCRIPT = new OutputFormat("script", "text/javascript; charset=utf-8", "js");
}
