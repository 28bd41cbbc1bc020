package org.acta.markup;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.acta.diag.Diagnostic;
import org.acta.model.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Renders an editor's Markdown to HTML that is safe to publish: CommonMark with tables,
 * footnotes, {@code ~~strikethrough~~} and bare links made links; raw HTML allowed, then
 * sanitised with a warning for each removal at the editor's line; heading ids folded from the
 * heading text. Quotes are left straight.
 *
 * <p>Build once and share: rendering keeps no state, so one instance serves any number of threads.
 */
public final class MarkupRenderer {
    private static final Evaluator IMAGES = QueryParser.parse("img");
    static final String TOO_DEEP = "cannot render this Markdown: its lists, quotes or emphasis are nested too deeply;"
            + " flatten them";

    private final Parser parser;
    /** The same without bare-link detection, which scans every text: for texts that cannot hold a bare link. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    public MarkupRenderer() {
        this(false);
    }

    /** @param alwaysAutolink look for bare links in every text, even one that cannot hold any (to test that) */
    MarkupRenderer(boolean alwaysAutolink) {
        DataHolder options = options(List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        parser = Parser.builder(options).build();
        parserWithoutAutolinks = alwaysAutolink ? parser : Parser.builder(options(List.of(TablesExtension.create(),
                FootnoteExtension.create(), StrikethroughExtension.create()))).build();
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(new LineMarking.RawHtml())
                .attributeProviderFactory(new LineMarking.NodeLines())
                .build();
    }

    private static DataHolder options(List<Extension> extensions) {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                // tables as GitHub reads them
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // flexmark drops javascript: links silently by default; the sanitiser removes
                // them too, but says so
                .set(HtmlRenderer.SUPPRESSED_LINKS, "")
                .toImmutable();
    }

    /**
     * Whether a text may hold a bare link the autolink extension would make a link: one with a
     * scheme ({@code https://}), one starting {@code www.}, or an e-mail address.
     */
    static boolean mayHoldBareLinks(String text) {
        return text.contains("://") || text.indexOf('@') >= 0 || containsIgnoreCase(text, "www.");
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** Renders Markdown blocks: paragraphs, headings, lists, tables, footnotes. */
    public Rendered render(Markdown source) {
        return render(source, false);
    }

    /**
     * Renders a one-line Markdown string, such as an event's conclusions, for use inside other
     * HTML: a single paragraph comes without its {@code <p>}.
     */
    public Rendered renderInline(Markdown source) {
        return render(source, true);
    }

    private Rendered render(Markdown source, boolean inline) {
        return render(source, inline, List.of()).rendered();
    }

    /**
     * Renders Markdown blocks as {@link #render(Markdown)} does, with the words each quotation quotes
     * marked and linked to what quotes them (see {@link QuotedSentences}); the plain text, headings
     * and images are those of the text as written. Each quotation not found is a warning among the
     * rendered text's diagnostics.
     */
    public QuotedBody renderQuoted(Markdown source, List<Quotation> quotations) {
        return render(source, false, quotations);
    }

    private QuotedBody render(Markdown source, boolean inline, List<Quotation> quotations) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Element> sanitised = sanitised(source, inline, diagnostics);
        if (sanitised.isEmpty()) {
            QuotedSentences.mark(new Element("body"), quotations, diagnostics);
            return new QuotedBody(new Rendered(Fragment.EMPTY, "", List.of(), List.of(), diagnostics), Map.of());
        }
        Element body = sanitised.get();
        List<Heading> headings = Outline.assignIds(body);
        List<Image> images = body.select(IMAGES).stream().map(img -> new Image(img.attr("src"), img.attr("alt")))
                .toList();
        String text = Outline.plainText(body);
        Map<String, String> targets = quotations.isEmpty() ? Map.of()
                : QuotedSentences.mark(body, quotations, diagnostics);
        return new QuotedBody(new Rendered(Fragment.of(body, !inline), text, headings, images, diagnostics), targets);
    }

    /**
     * The body of the HTML made of {@code source}, sanitised, its removals added to {@code diagnostics};
     * empty when the text cannot be rendered at all.
     */
    Optional<Element> sanitised(Markdown source, boolean inline, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(source.text(), "source text");
        String marked;
        try {
            marked = flexmark(source.text());
        } catch (StackOverflowError tooDeep) {
            // flexmark parses and renders by recursion: some hundreds of nested lists or quotes
            // exhaust the stack. That is a content mistake, so it is reported, not thrown.
            diagnostics.add(Diagnostic.error(source.origin().path(), source.origin().line(), TOO_DEEP));
            return Optional.empty();
        }
        Document document = Jsoup.parseBodyFragment(marked);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        diagnostics.addAll(Sanitiser.clean(body, source.origin()));
        if (inline) {
            unwrapSingleParagraph(body);
        }
        return Optional.of(body);
    }

    /** The HTML flexmark makes of a text, each element marked with its line. */
    private String flexmark(String markdown) {
        Parser chosen = mayHoldBareLinks(markdown) ? parser : parserWithoutAutolinks;
        return renderer.render(LineIndex.attachTo(chosen.parse(markdown)));
    }

    private static void unwrapSingleParagraph(Element body) {
        List<Node> content = body.childNodes().stream()
                .filter(node -> !(node instanceof TextNode text && text.isBlank()))
                .toList();
        if (content.size() == 1 && content.get(0) instanceof Element only && only.normalName().equals("p")) {
            only.unwrap();
        }
    }
}
