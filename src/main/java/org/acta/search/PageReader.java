package org.acta.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acta.model.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Reads a rendered page the way search indexes it. The theme marks what is searchable: the
 * element with {@code data-search="kind"} (and {@code data-search-date}, {@code data-search-year})
 * holds the page's text; inside it, anything marked {@code data-search-ignore}, navigation,
 * scripts and the page's {@code h1} (its title) are left out, and headings with an id start
 * sections. Text is read as a browser shows it: entities decoded, white space collapsed, a space
 * where a block ends.
 *
 * <p>Pages are read by a scan of their markup, not parsed into a tree: every searchable page is
 * read once per build, and building a tree for each was the larger part of indexing. The scan
 * follows the elements as HTML nests them (void elements, raw-text elements, end tags that close
 * what was left open), which is all the pages of a theme need.
 */
final class PageReader {
    private static final Set<String> LEFT_OUT = Set.of("nav", "script", "style", "noscript", "template", "h1");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    /** The elements a browser lays out as blocks, as jsoup lists them: text on either side of one is two words. */
    private static final Set<String> BLOCKS = Set.of("html", "head", "body", "frameset", "script", "noscript",
            "style", "meta", "link", "title", "frame", "noframes", "section", "nav", "aside", "hgroup", "header",
            "footer", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "div", "blockquote", "hr",
            "address", "figure", "figcaption", "form", "fieldset", "ins", "del", "dl", "dt", "dd", "li", "table",
            "caption", "thead", "tfoot", "tbody", "colgroup", "col", "tr", "th", "td", "video", "audio", "canvas",
            "details", "menu", "plaintext", "template", "article", "main", "svg", "math", "center", "dir", "br",
            "summary", "search");
    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private PageReader() {
    }

    static Optional<SearchPage> read(OutputFile file) {
        if (!file.path().endsWith(".html")) {
            return Optional.empty();
        }
        String page = new String(file.bytes(), StandardCharsets.UTF_8);
        int attribute = page.indexOf("data-search=\"");
        if (attribute < 0) {
            return Optional.empty(); // lists, tracker views, printable volumes: not indexed, not read
        }
        int open = page.lastIndexOf('<', attribute);
        Tag root = open < 0 ? null : Tag.at(page, open);
        if (root == null || root.end() || !root.attributes().containsKey("data-search")
                || root.attributes().get("data-search").isBlank()) {
            return Optional.empty();
        }
        String path = file.path();
        String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        Scan scan = new Scan(page);
        scan.run(root);
        String title = scan.title != null ? scan.title : Jsoup.parse(page).title();
        int year = 0;
        try {
            year = Integer.parseInt(root.attribute("data-search-year").strip());
        } catch (NumberFormatException none) {
            // no date, or no year to filter by
        }
        return Optional.of(new SearchPage(url, root.attribute("data-search").strip(),
                root.attribute("data-search-date").strip(), year, title, scan.sections));
    }

    /** One tag: its lowercase name, whether it ends an element, its attributes, and where it stops. */
    private record Tag(String name, boolean end, boolean selfClosing, Map<String, String> attributes, int after) {
        String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }

        /** The tag that starts at {@code s[at] == '<'}; null when none does (a lone '<' in text). */
        static Tag at(String s, int at) {
            int i = at + 1;
            boolean end = i < s.length() && s.charAt(i) == '/';
            if (end) {
                i++;
            }
            int nameStart = i;
            while (i < s.length() && isNameChar(s.charAt(i))) {
                i++;
            }
            if (i == nameStart || !Character.isLetter(s.charAt(nameStart))) {
                return null;
            }
            String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = Map.of();
            boolean selfClosing = false;
            while (i < s.length() && s.charAt(i) != '>') {
                char c = s.charAt(i);
                if (c == '/' ) {
                    selfClosing = true;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    selfClosing = false;
                    int keyStart = i;
                    while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "=>/".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    String key = s.substring(keyStart, i).toLowerCase(Locale.ROOT);
                    String value = "";
                    if (i < s.length() && s.charAt(i) == '=') {
                        i++;
                        char quote = i < s.length() ? s.charAt(i) : ' ';
                        if (quote == '"' || quote == '\'') {
                            int close = s.indexOf(quote, i + 1);
                            close = close < 0 ? s.length() : close;
                            value = s.substring(i + 1, close);
                            i = Math.min(s.length(), close + 1);
                        } else {
                            int valueStart = i;
                            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') {
                                i++;
                            }
                            value = s.substring(valueStart, i);
                        }
                    }
                    if (attributes.isEmpty()) {
                        attributes = new HashMap<>(4);
                    }
                    attributes.putIfAbsent(key, value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value);
                }
            }
            return new Tag(name, end, selfClosing, attributes, Math.min(s.length(), i + 1));
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
        }
    }

    /** The walk through the searchable element, gathering its title and its sections. */
    private static final class Scan {
        private final String s;
        private final List<String> open = new ArrayList<>();
        private final List<SearchPage.Section> sections = new ArrayList<>();
        /** Depth of the outermost element left out, or -1. */
        private int ignoredFrom = -1;
        private String title;
        /** The first h1's text while it is read, and its depth. */
        private StringBuilder h1;
        private int h1Depth = -1;
        /** The heading being read, and its depth; then its section's text. */
        private StringBuilder heading;
        private int headingDepth = -1;
        private String sectionId = "";
        private String sectionHeading = "";
        private StringBuilder text = new StringBuilder();

        Scan(String s) {
            this.s = s;
        }

        void run(Tag root) {
            open.add(root.name());
            int i = root.after();
            while (i < s.length() && !open.isEmpty()) {
                int lt = s.indexOf('<', i);
                if (lt < 0) {
                    text(i, s.length());
                    break;
                }
                if (lt > i) {
                    text(i, lt);
                }
                i = markup(lt);
            }
            finishSection();
        }

        /** Reads the markup at {@code s[at] == '<'}; returns where the text goes on. */
        private int markup(int at) {
            if (s.startsWith("<!--", at)) {
                int close = s.indexOf("-->", at + 4);
                return close < 0 ? s.length() : close + 3;
            }
            if (at + 1 < s.length() && (s.charAt(at + 1) == '!' || s.charAt(at + 1) == '?')) {
                int close = s.indexOf('>', at);
                return close < 0 ? s.length() : close + 1;
            }
            Tag tag = Tag.at(s, at);
            if (tag == null) {
                text(at, at + 1);
                return at + 1;
            }
            if (tag.end()) {
                close(tag.name());
            } else {
                start(tag);
                if (RAW_TEXT.contains(tag.name())) {
                    int close = indexOfIgnoreCase("</" + tag.name(), tag.after());
                    close = close < 0 ? s.length() : close;
                    if (!ignored() && !LEFT_OUT.contains(tag.name())) {
                        text(tag.after(), close);
                    }
                    return close;
                }
            }
            return tag.after();
        }

        private void start(Tag tag) {
            String name = tag.name();
            boolean leaf = VOID.contains(name) || tag.selfClosing() && !BLOCKS.contains(name);
            if (BLOCKS.contains(name)) {
                boundary();
            }
            if (leaf) {
                return;
            }
            open.add(name);
            int depth = open.size();
            if (name.equals("h1") && title == null && h1 == null) {
                h1 = new StringBuilder();
                h1Depth = depth;
            }
            if (ignored()) {
                return;
            }
            if (LEFT_OUT.contains(name) || tag.attributes().containsKey("data-search-ignore")) {
                ignoredFrom = depth;
            } else if (SECTION_HEADINGS.contains(name) && tag.attributes().containsKey("id") && heading == null) {
                finishSection();
                sectionId = tag.attribute("id");
                heading = new StringBuilder();
                headingDepth = depth;
            }
        }

        /** Closes the innermost open element of that name and all opened inside it; a stray end tag is ignored. */
        private void close(String name) {
            int at = open.lastIndexOf(name);
            if (at < 0) {
                return;
            }
            while (open.size() > at) {
                int depth = open.size();
                open.remove(depth - 1);
                if (depth == ignoredFrom) {
                    ignoredFrom = -1;
                }
                if (depth == h1Depth) {
                    title = collapse(h1);
                    h1 = null;
                    h1Depth = -1;
                }
                if (depth == headingDepth) {
                    sectionHeading = collapse(heading);
                    heading = null;
                    headingDepth = -1;
                }
            }
            if (BLOCKS.contains(name)) {
                boundary();
            }
        }

        private boolean ignored() {
            return ignoredFrom >= 0;
        }

        private void text(int from, int to) {
            String part = s.substring(from, to);
            if (part.indexOf('&') >= 0) {
                part = Parser.unescapeEntities(part, false);
            }
            boolean keepSpaces = open.contains("pre") || open.contains("textarea");
            if (h1 != null) {
                append(h1, part, keepSpaces);
            }
            if (!ignored()) {
                append(heading != null ? heading : text, part, keepSpaces);
            }
        }

        /** Where a block starts or ends: a space, unless there is one already. */
        private void boundary() {
            StringBuilder target = heading != null ? heading : text;
            if (target.length() > 0 && target.charAt(target.length() - 1) != ' ') {
                target.append(' ');
            }
            if (h1 != null && h1.length() > 0 && h1.charAt(h1.length() - 1) != ' ') {
                h1.append(' ');
            }
        }

        private void finishSection() {
            if (heading != null) {
                sectionHeading = collapse(heading);
                heading = null;
                headingDepth = -1;
            }
            String body = text.toString().strip();
            if (sections.isEmpty() && sectionId.isEmpty() && sectionHeading.isEmpty()) {
                sections.add(new SearchPage.Section("", "", body));
            } else if (!body.isEmpty()) {
                sections.add(new SearchPage.Section(sectionId, sectionHeading, body));
            }
            text = new StringBuilder();
        }

        private int indexOfIgnoreCase(String part, int from) {
            for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
                if (s.regionMatches(true, i, part, 0, part.length())) {
                    return i;
                }
            }
            return -1;
        }

        private static String collapse(StringBuilder b) {
            return b.toString().strip();
        }

        /** Appends text with white space collapsed as a browser shows it, except in preformatted text. */
        private static void append(StringBuilder b, String part, boolean keepSpaces) {
            if (keepSpaces) {
                b.append(part);
                return;
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') {
                    if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                        b.append(' ');
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
