package org.acta.search;

import java.util.List;
import java.util.Objects;

/**
 * One page as search sees it: what the reader is shown in a result, and the text that is searched.
 *
 * @param url      below the site root: {@code events/x/y/}
 * @param kind     event, speech, task, person, organization, document or page
 * @param date     as the page displays it ({@code 17/2/2025}), or empty
 * @param year     the year its date falls in, or 0 when it has none
 * @param title    the page's heading
 * @param sections the intro (id "") and then each section with its heading's anchor id
 */
record SearchPage(String url, String kind, String date, int year, String title, List<Section> sections) {

    /** A part of a page: text under a heading that a result can link to with {@code #id}. */
    record Section(String id, String heading, String text) {
    }

    SearchPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }
}
