package org.acta.markup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acta.diag.Diagnostic;
import org.acta.diag.Suggestions;
import org.acta.model.Quote;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Marks, in a body's parsed tree, the words others quote. Each quotation's words are looked for in
 * the text as a reader sees it, case, line breaks, runs of spaces and the kind of quotation marks
 * aside, and a final full stop may be left out; within one block (a paragraph, an item, a cell),
 * never in code, and under its heading when it names one. The words found are wrapped in
 * {@code <mark>} (several, where they cross a link or emphasis), the first taking the quotation's
 * anchor as its id, and the quotation's link follows them, outside the link or emphasis they end
 * in (links do not nest) and after their closing punctuation. Only elements are added: no text is
 * changed. Words not found,
 * and a heading the body does not have, are warnings at the quotation's line.
 */
final class QuotedSentences {
    static final String MARK_CLASS = "quoted";
    /** Elements whose text is shown as written: never searched, and a quotation does not run across them. */
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea");
    /** Between two blocks, and where code was: no quotation runs across it. */
    private static final char BREAK = '\u0000';
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator FOOTNOTE_MARKS = QueryParser.parse("a.footnote-ref, a.footnote-backref");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");

    private final Element body;
    private final List<Diagnostic> diagnostics;
    private final Set<String> ids = new HashSet<>();
    /** The links added, left out of the text later quotations are looked for in. */
    private final Set<Element> added = Collections.newSetFromMap(new IdentityHashMap<>());

    private QuotedSentences(Element body, List<Diagnostic> diagnostics) {
        this.body = body;
        this.diagnostics = diagnostics;
        body.select(WITH_ID).forEach(e -> ids.add(e.id()));
    }

    /**
     * Marks each quotation in {@code body}, in order, adding a warning to {@code diagnostics} for each
     * one not found; returns, by anchor, the id each quotation's readers are sent to.
     */
    static Map<String, String> mark(Element body, List<Quotation> quotations, List<Diagnostic> diagnostics) {
        QuotedSentences marking = new QuotedSentences(body, diagnostics);
        Map<String, String> targets = new LinkedHashMap<>();
        for (Quotation quotation : quotations) {
            marking.mark(quotation).ifPresent(id -> targets.put(quotation.anchor(), id));
        }
        return targets;
    }

    private Optional<String> mark(Quotation quotation) {
        Quote quote = quotation.quote();
        Optional<Element> heading = quote.heading().flatMap(this::heading);
        if (quote.heading().isPresent() && heading.isEmpty()) {
            List<String> headings = body.select(HEADINGS).stream().map(Outline::plainText).toList();
            warn(quote, "'quote' is under the heading '" + quote.heading().get() + "', which the speech does not have"
                    + Suggestions.suggestion(quote.heading().get(), headings));
        }
        List<Node> region = heading.map(QuotedSentences::section).orElse(List.of(body));
        Optional<Element> marked = new Words(region, added).find(quote.text()).map(range -> wrap(range, quotation));
        if (marked.isEmpty()) {
            warn(quote, "the words of 'quote' are not in the speech's text" + heading.map(h -> " under the heading '"
                    + quote.heading().orElseThrow() + "'").orElse("") + ": '" + shortened(quote.text())
                    + "'; copy them as the speech has them");
            return heading.map(Element::id).filter(id -> !id.isEmpty());
        }
        return Optional.of(marked.get().id());
    }

    /** The heading whose text is {@code text}, as a reader sees it. */
    private Optional<Element> heading(String text) {
        String wanted = Words.fold(text).strip();
        return body.select(HEADINGS).stream().filter(h -> Words.fold(Outline.plainText(h)).strip().equals(wanted))
                .findFirst();
    }

    /** What follows a heading up to the next heading of its level or higher. */
    private static List<Node> section(Element heading) {
        int level = heading.normalName().charAt(1) - '0';
        List<Node> nodes = new ArrayList<>();
        for (Node next = heading.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof Element e && e.is(HEADINGS) && e.normalName().charAt(1) - '0' <= level) {
                break;
            }
            nodes.add(next);
        }
        return nodes;
    }

    /** Wraps the text of {@code range} in marks, adds the quotation's link after them; returns the first mark. */
    private Element wrap(List<Piece> range, Quotation quotation) {
        Element first = null;
        Element last = null;
        for (Piece piece : range) {
            TextNode words = piece.node();
            if (piece.end() < words.getWholeText().length()) {
                words.splitText(piece.end());
            }
            if (piece.start() > 0) {
                words = words.splitText(piece.start());
            }
            Element mark = new Element("mark").addClass(MARK_CLASS);
            words.before(mark);
            mark.appendChild(words);
            if (first == null) {
                first = mark.id(unique(quotation.anchor()));
            }
            last = mark;
        }
        Quotation.Link to = quotation.link();
        Element link = new Element("a").attr("class", to.classes()).attr("href", to.href()).attr("title", to.title())
                .attr("data-search-ignore", "").text(to.text());
        added.add(link);
        Node after = endOfSentence(last);
        after.after(link);
        after.after(new TextNode(" "));
        return first;
    }

    /**
     * Where the link after marked words goes: out of the links and emphasis they are in (links do
     * not nest, and the link is not part of the words), and past the punctuation that ends them.
     */
    private Node endOfSentence(Element lastMark) {
        Node after = lastMark;
        for (Element up = lastMark.parent(); up != null && up != body && !up.isBlock(); up = up.parent()) {
            after = up;
        }
        if (after.nextSibling() instanceof TextNode next) {
            String text = next.getWholeText();
            int end = 0;
            while (end < text.length() && ".,;:!?…".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end > 0 && end < text.length()) {
                next.splitText(end);
            }
            if (end > 0) {
                return next;
            }
        }
        return after;
    }

    private String unique(String id) {
        String unique = id;
        for (int n = 1; ids.contains(unique); n++) {
            unique = id + "-" + n;
        }
        ids.add(unique);
        return unique;
    }

    private void warn(Quote quote, String message) {
        diagnostics.add(Diagnostic.warning(quote.origin().path(), quote.origin().line(), message));
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79).strip() + "…";
    }

    /** Part of one text node: from {@code start} to {@code end} of its text. */
    private record Piece(TextNode node, int start, int end) {
    }

    /** The text of a part of the tree as a reader sees it, folded for comparison, with where each character came from. */
    private static final class Words implements NodeFilter {
        private final Set<Element> leftOut;
        private final StringBuilder raw = new StringBuilder();
        private final List<TextNode> nodes = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();

        Words(List<Node> region, Set<Element> leftOut) {
            this.leftOut = leftOut;
            for (Node node : region) {
                NodeTraversor.filter(this, node);
                raw.append(BREAK);
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                nodes.add(text);
                starts.add(raw.length());
                raw.append(text.getWholeText());
            } else if (node instanceof Element e) {
                if (leftOut.contains(e) || e.is(FOOTNOTE_MARKS)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (VERBATIM.contains(e.normalName())) {
                    raw.append(BREAK);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.nameIs("br")) {
                    raw.append(' ');
                } else if (e.isBlock()) {
                    raw.append(BREAK);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                raw.append(BREAK);
            }
            return FilterResult.CONTINUE;
        }

        /** The pieces of text nodes that say {@code words}, first place only. */
        Optional<List<Piece>> find(String words) {
            String wanted = needle(words);
            if (wanted.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder folded = new StringBuilder(raw.length());
            int[] from = new int[raw.length()];
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                boolean space = c != BREAK && isSpace(c);
                char last = folded.isEmpty() ? BREAK : folded.charAt(folded.length() - 1);
                if (!space || (last != ' ' && last != BREAK)) {
                    from[folded.length()] = i;
                    folded.append(space ? ' ' : fold(c));
                }
            }
            int at = folded.indexOf(wanted);
            if (at < 0) {
                return Optional.empty();
            }
            return Optional.of(pieces(from[at], from[at + wanted.length() - 1] + 1));
        }

        private List<Piece> pieces(int start, int end) {
            List<Piece> pieces = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                int nodeStart = starts.get(i);
                int nodeEnd = nodeStart + nodes.get(i).getWholeText().length();
                if (nodeEnd > start && nodeStart < end) {
                    pieces.add(new Piece(nodes.get(i), Math.max(start, nodeStart) - nodeStart,
                            Math.min(end, nodeEnd) - nodeStart));
                }
            }
            return pieces;
        }

        /** The quotation's words folded, spaces collapsed, without quotation marks around them or a final stop. */
        private static String needle(String words) {
            String folded = fold(words.replace(BREAK, ' ')).replaceAll("\\s+", " ").strip();
            if (folded.length() >= 2 && folded.startsWith("\"") && folded.endsWith("\"")) {
                folded = folded.substring(1, folded.length() - 1).strip();
            }
            while (!folded.isEmpty() && ".…;,:".indexOf(folded.charAt(folded.length() - 1)) >= 0) {
                folded = folded.substring(0, folded.length() - 1).strip();
            }
            return folded;
        }

        /** Lowercase, one kind of quotation mark, no-break spaces as spaces; one character for one. */
        static String fold(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                out.append(isSpace(c) ? ' ' : fold(c));
            }
            return out.toString().replaceAll(" +", " ");
        }

        private static char fold(char c) {
            return switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
                default -> Character.toLowerCase(c);
            };
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
        }
    }
}
