package org.acta.output;

import org.acta.model.Site;

/** Absolute URLs of the site's pages, for formats read away from the site. */
final class SiteUrls {
    private final String base;

    SiteUrls(Site site) {
        this.base = site.baseUrl();
    }

    String base() {
        return base;
    }

    /** A path below the root ("tasks/x/") made absolute. */
    String of(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    String task(String id) {
        return of("tasks/" + id + "/");
    }

    String event(String id) {
        return of("events/" + id + "/");
    }

    String speech(String event, String id) {
        return of("events/" + event + "/" + id + "/");
    }

    String person(String id) {
        return of("people/" + id + "/");
    }

    String organization(String id) {
        return of("organizations/" + id + "/");
    }

    String document(String id) {
        return of("documents/" + id + "/");
    }

    /** The host of the base URL, for iCalendar UIDs and Atom tag ids. */
    String host() {
        return java.net.URI.create(base).getHost();
    }
}
