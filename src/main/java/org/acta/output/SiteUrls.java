package org.acta.output;

import org.acta.pages.Addresses;
import org.acta.pages.OutputKind;
import org.acta.pages.PageKind;

/** Absolute addresses of the site's pages and files, for formats read away from the site; made by {@link Addresses}. */
final class SiteUrls {
    private final Addresses addresses;

    SiteUrls(Addresses addresses) {
        this.addresses = addresses;
    }

    String base() {
        return addresses.base();
    }

    /** A path below the root ("tasks/x/", or "/tasks/x/" as an editor writes it) made absolute. */
    String of(String path) {
        return addresses.absolute(path);
    }

    String page(PageKind kind, String... ids) {
        return addresses.absolute(addresses.path(kind, ids));
    }

    String output(OutputKind kind, String... ids) {
        return addresses.absolute(addresses.output(kind, ids));
    }

    String task(String id) {
        return page(PageKind.TASK, id);
    }

    String tracker() {
        return page(PageKind.TRACKER);
    }

    String event(String id) {
        return page(PageKind.EVENT, id);
    }

    String speech(String event, String id) {
        return page(PageKind.SPEECH, event, id);
    }

    String person(String id) {
        return page(PageKind.PERSON, id);
    }

    String organization(String id) {
        return page(PageKind.ORGANIZATION, id);
    }

    String document(String id) {
        return page(PageKind.DOCUMENT, id);
    }

    /** The host of the base URL, for iCalendar UIDs and Atom tag ids. */
    String host() {
        return addresses.host();
    }
}
