package org.acta.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.diag.Report;
import org.acta.markup.MarkupRenderer;
import org.acta.markup.Rendered;
import org.acta.model.Content;
import org.acta.model.Markdown;

/**
 * Markdown rendered once per text, whichever pages show it; each text's warnings are reported
 * once. Site links written as {@code /events/x/} are made relative to the page that shows them,
 * so the site works under any base path and from disk.
 */
final class Bodies {
    private final MarkupRenderer markup;
    private final Report report;
    private final Map<Markdown, Rendered> blocks = new ConcurrentHashMap<>();
    private final Map<Markdown, Rendered> inlines = new ConcurrentHashMap<>();
    private final Map<Markdown, Rendered> earlierBlocks;
    private final Map<Markdown, Rendered> earlierInlines;

    Bodies(MarkupRenderer markup, Report report) {
        this(markup, report, Rendering.NONE);
    }

    /** Bodies that reuse the HTML an earlier rendering made of the same text (its warnings are reported again). */
    Bodies(MarkupRenderer markup, Report report, Rendering earlier) {
        this.markup = markup;
        this.report = report;
        this.earlierBlocks = earlier.blocks;
        this.earlierInlines = earlier.inlines;
    }

    Rendered block(Markdown source) {
        return blocks.computeIfAbsent(source, s -> reported(earlierBlocks.containsKey(s) ? earlierBlocks.get(s)
                : markup.render(s)));
    }

    Rendered inline(Markdown source) {
        return inlines.computeIfAbsent(source, s -> reported(earlierInlines.containsKey(s) ? earlierInlines.get(s)
                : markup.renderInline(s)));
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

    /** The body's HTML with site links made relative to a page {@code root} ("../../"). */
    String html(Markdown source, String root) {
        return source.isBlank() ? null : relink(block(source).html(), root);
    }

    String inlineHtml(Markdown source, String root) {
        return relink(inline(source).html(), root);
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

    static String relink(String html, String root) {
        if (html.indexOf("=\"/") < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        int from = 0;
        while (true) {
            int at = nextSiteLink(html, from);
            if (at < 0) {
                break;
            }
            out.append(html, from, at).append(root);
            from = at + 1; // skip the leading slash
        }
        return out.append(html, from, html.length()).toString();
    }

    /** The index of the slash that starts a site link in {@code href="/…"} or {@code src="/…"}. */
    private static int nextSiteLink(String html, int from) {
        int i = from;
        while (true) {
            int eq = html.indexOf("=\"/", i);
            if (eq < 0) {
                return -1;
            }
            int slash = eq + 2;
            boolean attribute = html.startsWith("href", eq - 4) || html.startsWith("src", eq - 3);
            boolean protocolRelative = slash + 1 < html.length() && html.charAt(slash + 1) == '/';
            if (attribute && !protocolRelative) {
                return slash;
            }
            i = slash;
        }
    }
}
