package org.acta.markup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acta.model.Ids;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives every heading an id from its text, folded as {@link Ids#slug} folds names
 * ({@code Thực trạng đảng viên} → {@code thuc-trang-dang-vien}), unique within the document
 * ({@code -1}, {@code -2} …), and lists the h2 to h6 headings. Footnote marks are not part
 * of a heading's text.
 */
final class Outline {
    /** Footnote marks, left out of plain text: a reference's number, a note's back arrow. */
    private static final Evaluator FOOTNOTE_MARKS = QueryParser.parse("a.footnote-ref, a.footnote-backref");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /** The id of a heading whose text leaves nothing to slug, such as {@code ## ???}. */
    private static final String UNNAMED = "section";

    /**
     * The ids the default theme gives the parts of its pages ({@code <h2 id="conclusions">}): a
     * heading of a body never takes one, so that "## Conclusions" in an English body becomes
     * {@code conclusions-1} and a page never has two elements with the same id.
     */
    static final Set<String> THEME_IDS = Set.of("main", "summary", "contents", "toc", "detail", "updates",
            "periods", "participants", "speeches", "figures", "conclusions", "tasks", "documents", "tags",
            "positions", "assigned", "chaired", "events", "latest", "tracker", "org-tasks", "lead", "partner",
            "organized", "attended", "members", "children", "search", "search-q", "search-help", "search-kind",
            "search-year", "search-status", "search-results", "search-more", "site-search-q", "task-filter");

    private Outline() {
    }

    /** Sets the missing heading ids in {@code root}; an id the editor wrote stays as it is. */
    static List<Heading> assignIds(Element root) {
        Set<String> taken = new HashSet<>(THEME_IDS);
        root.select(WITH_ID).forEach(element -> taken.add(element.id()));
        List<Heading> headings = new ArrayList<>();
        for (Element heading : root.select(HEADINGS)) {
            String text = plainText(heading);
            if (heading.id().isEmpty()) {
                heading.id(unique(slugOf(text), taken));
            }
            int level = heading.normalName().charAt(1) - '0';
            if (level >= 2) {
                headings.add(new Heading(level, heading.id(), text));
            }
        }
        return headings;
    }

    /** The text of an element, whitespace collapsed, without footnote marks. */
    static String plainText(Element element) {
        if (element.selectFirst(FOOTNOTE_MARKS) == null) {
            return element.text();
        }
        Element copy = element.clone();
        copy.select(FOOTNOTE_MARKS).remove();
        return copy.text();
    }

    private static String slugOf(String text) {
        String slug = Ids.slug(text);
        return slug.isEmpty() ? UNNAMED : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 1; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
