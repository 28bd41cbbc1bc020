package org.acta.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.model.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The reading of a page that {@link PageReader} replaced, by a jsoup tree: kept to check the scan against.
 * Reads a rendered page the way search indexes it. The theme marks what is searchable: the
 * element with {@code data-search="kind"} (and {@code data-search-date}, {@code data-search-year})
 * holds the page's text; inside it, anything marked {@code data-search-ignore}, navigation and
 * scripts are left out, and headings with an id start sections.
 */
final class JsoupPageReader {
    /** Separates sections in the text Jsoup gives: a private-use character (trim() would eat a control one). */
    private static final char MARK = '\uE000';
    private static final Evaluator LEFT_OUT = QueryParser.parse(
            "[data-search-ignore], nav, script, style, noscript, template, h1");
    private static final Evaluator SEARCHABLE = QueryParser.parse("[data-search]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator SECTION_HEADINGS = QueryParser.parse("h2[id], h3[id], h4[id], h5[id], h6[id]");

    private JsoupPageReader() {
    }

    static Optional<SearchPage> read(OutputFile file) {
        if (!file.path().endsWith(".html")) {
            return Optional.empty();
        }
        String page = new String(file.bytes(), StandardCharsets.UTF_8);
        if (!page.contains("data-search=\"")) {
            return Optional.empty(); // lists, tracker views, printable volumes: not indexed, not parsed
        }
        // the searchable element is the page's <main>: parse that alone, not the head and the menus
        int start = page.indexOf("<main");
        int end = page.lastIndexOf("</main>");
        boolean onlyMain = start >= 0 && end > start;
        Document html = onlyMain ? Jsoup.parseBodyFragment(page.substring(start, end + "</main>".length()))
                : Jsoup.parse(page);
        Element main = html.selectFirst(SEARCHABLE);
        if (main == null || main.attr("data-search").isBlank()) {
            return Optional.empty();
        }
        String path = file.path();
        String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        Element h1 = main.selectFirst(H1);
        String title = h1 != null ? h1.text() : Jsoup.parse(page).title();
        int year = 0;
        try {
            year = Integer.parseInt(main.attr("data-search-year").strip());
        } catch (NumberFormatException none) {
            // no date, or no year to filter by
        }
        return Optional.of(new SearchPage(url, main.attr("data-search").strip(), main.attr("data-search-date").strip(),
                year, title, sections(onlyMain ? main : main.clone())));
    }

    private static List<SearchPage.Section> sections(Element main) {
        main.select(LEFT_OUT).remove();
        List<Element> headings = new ArrayList<>();
        for (Element h : main.select(SECTION_HEADINGS)) {
            h.before(new TextNode(MARK + Integer.toString(headings.size()) + MARK));
            headings.add(h);
        }
        String text = main.text();
        List<SearchPage.Section> sections = new ArrayList<>();
        int at = text.indexOf(MARK);
        sections.add(new SearchPage.Section("", "", (at < 0 ? text : text.substring(0, at)).strip()));
        while (at >= 0) {
            int close = text.indexOf(MARK, at + 1);
            int next = text.indexOf(MARK, close + 1);
            Element h = headings.get(Integer.parseInt(text.substring(at + 1, close)));
            String heading = h.text();
            String body = (next < 0 ? text.substring(close + 1) : text.substring(close + 1, next)).strip();
            if (body.startsWith(heading)) {
                body = body.substring(heading.length()).strip();
            }
            if (!body.isEmpty()) {
                sections.add(new SearchPage.Section(h.id(), heading, body));
            }
            at = next;
        }
        return sections;
    }
}
