package org.acta.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.diag.Report;
import org.acta.markup.MarkupRenderer;
import org.acta.markup.Placement;
import org.acta.markup.Quotation;
import org.acta.markup.QuotedBody;
import org.acta.markup.Rendered;
import org.acta.model.Content;
import org.acta.model.Asset;
import org.acta.model.ImageSize;
import org.acta.model.Markdown;

/**
 * Markdown rendered once per text, whichever pages show it; each text's warnings are reported
 * once. Each page places the text it shows (see {@link Placement}): its site links made relative
 * to the page, its headings under the page's title, its images sized.
 */
final class Bodies {
    private final MarkupRenderer markup;
    private final Report report;
    private final Map<Markdown, Rendered> blocks = new ConcurrentHashMap<>();
    private final Map<Markdown, Rendered> inlines = new ConcurrentHashMap<>();
    private final Map<Quoted, QuotedBody> quoted = new ConcurrentHashMap<>();
    private final Map<Markdown, Rendered> earlierBlocks;
    private final Map<Markdown, Rendered> earlierInlines;

    /** The size of each image of content/assets/, by its address in a body: {@code /assets/a.png}. */
    private final Map<String, ImageSize> imageSizes;

    Bodies(MarkupRenderer markup, Report report, List<Asset> assets) {
        this(markup, report, Rendering.NONE, assets);
    }

    /** Bodies that reuse the HTML an earlier rendering made of the same text (its warnings are reported again). */
    Bodies(MarkupRenderer markup, Report report, Rendering earlier, List<Asset> assets) {
        this.markup = markup;
        this.report = report;
        this.earlierBlocks = earlier.blocks;
        this.earlierInlines = earlier.inlines;
        Map<String, ImageSize> sizes = new HashMap<>();
        assets.forEach(a -> a.size().ifPresent(size -> sizes.put("/assets/" + a.path(), size)));
        this.imageSizes = Map.copyOf(sizes);
    }

    Rendered block(Markdown source) {
        return blocks.computeIfAbsent(source, s -> reported(earlierBlocks.containsKey(s) ? earlierBlocks.get(s)
                : markup.render(s)));
    }

    Rendered inline(Markdown source) {
        return inlines.computeIfAbsent(source, s -> reported(earlierInlines.containsKey(s) ? earlierInlines.get(s)
                : markup.renderInline(s)));
    }

    /** A text with the words of some quotations marked: made once per text and quotations. */
    private record Quoted(Markdown source, List<Quotation> quotations) {
    }

    /** A block text with the words the quotations quote marked and linked (see {@link MarkupRenderer#renderQuoted}). */
    QuotedBody quoted(Markdown source, List<Quotation> quotations) {
        return quoted.computeIfAbsent(new Quoted(source, List.copyOf(quotations)), q -> {
            QuotedBody body = markup.renderQuoted(q.source(), q.quotations());
            reported(body.rendered());
            return body;
        });
    }

    /** A marked body's HTML on a page whose links to the site root start with {@code root}; null when blank. */
    String html(QuotedBody body, Markdown source, String root) {
        return source.isBlank() ? null : body.rendered().html(onPage(root));
    }

    /**
     * Renders every Markdown text of the content ahead of the pages, on all cores: the pages then
     * find each body ready, whichever of them asks first.
     */
    void prepare(Content content) {
        List<Markdown> blockTexts = new ArrayList<>();
        List<Markdown> inlineTexts = new ArrayList<>();
        content.events().forEach(e -> {
            blockTexts.add(e.body());
            inlineTexts.addAll(e.conclusions());
        });
        content.speeches().forEach(s -> blockTexts.add(s.body()));
        content.tasks().forEach(t -> blockTexts.add(t.body()));
        content.people().forEach(p -> p.bio().ifPresent(blockTexts::add));
        content.documents().forEach(d -> blockTexts.add(d.body()));
        content.pages().forEach(p -> blockTexts.add(p.body()));
        blockTexts.parallelStream().filter(m -> !m.isBlank()).forEach(this::block);
        inlineTexts.parallelStream().forEach(this::inline);
    }

    /** The bodies rendered for this rendering, for the next one to reuse. */
    Map<Markdown, Rendered> blocks() {
        return blocks;
    }

    Map<Markdown, Rendered> inlines() {
        return inlines;
    }

    private Rendered reported(Rendered rendered) {
        report.addAll(rendered.diagnostics());
        return rendered;
    }

    /** A body's HTML on a page whose links to the site root start with {@code root} ("../../"); null when blank. */
    String html(Markdown source, String root) {
        return source.isBlank() ? null : block(source).html(onPage(root));
    }

    /**
     * A body's HTML on a page among other bodies, under a heading of its own: its ids prefixed with
     * {@code scope} ("speech-2"), its headings one level lower; null when blank.
     */
    String htmlAmongOthers(Markdown source, String root, String scope) {
        return source.isBlank() ? null : block(source).html(onPage(root).amongOthers(scope));
    }

    String inlineHtml(Markdown source, String root) {
        return inline(source).html(onPage(root));
    }

    private Placement onPage(String root) {
        return Placement.onPage(root, imageSizes);
    }

    /** The first words of a body's text, cut at a word boundary. */
    String excerpt(Markdown source, int maxChars) {
        if (source.isBlank()) {
            return null;
        }
        String text = block(source).text();
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars).strip() + "…";
    }
}
