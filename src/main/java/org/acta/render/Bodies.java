package org.acta.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diag.Report;
import org.acta.markup.MarkupRenderer;
import org.acta.markup.Rendered;
import org.acta.model.Content;
import org.acta.model.Asset;
import org.acta.model.ImageSize;
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

    private final Map<String, ImageSize> imageSizes = new HashMap<>();

    Bodies(MarkupRenderer markup, Report report, List<Asset> assets) {
        this(markup, report, Rendering.NONE, assets);
    }

    /** Bodies that reuse the HTML an earlier rendering made of the same text (its warnings are reported again). */
    Bodies(MarkupRenderer markup, Report report, Rendering earlier, List<Asset> assets) {
        this.markup = markup;
        this.report = report;
        this.earlierBlocks = earlier.blocks;
        this.earlierInlines = earlier.inlines;
        assets.forEach(a -> a.size().ifPresent(size -> imageSizes.put("/assets/" + a.path(), size)));
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

    /**
     * The body's HTML with site links made relative to a page {@code root} ("../../"), and its
     * images loaded lazily, so a long speech does not fetch every image before it is read.
     */
    String html(Markdown source, String root) {
        if (source.isBlank()) {
            return null;
        }
        String html = relink(sized(block(source).html()), root)
                .replace("<img ", "<img loading=\"lazy\" decoding=\"async\" ");
        return underTitle(html);
    }

    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern SITE_SRC = Pattern.compile("\\bsrc=\"(/assets/[^\"]+)\"");

    /** Each image from content/assets/ given its width and height, unless the editor gave them. */
    String sized(String html) {
        if (imageSizes.isEmpty() || !html.contains("<img")) {
            return html;
        }
        return IMAGE.matcher(html).replaceAll(m -> {
            String tag = m.group();
            Matcher src = SITE_SRC.matcher(tag);
            if (tag.contains(" width=") || tag.contains(" height=") || !src.find()) {
                return Matcher.quoteReplacement(tag);
            }
            ImageSize size = imageSizes.get(src.group(1));
            return Matcher.quoteReplacement(size == null ? tag : "<img width=\"" + size.width() + "\" height=\""
                    + size.height() + "\"" + tag.substring(4));
        });
    }

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

    /**
     * A body's headings placed under the page's own h1, without skipping a level: the highest
     * level the editor used becomes h2, the next h3, and so on, so that every page has one h1
     * and an outline a screen reader can follow ({@code #, ###} → {@code h2, h3}).
     */
    static String underTitle(String html) {
        Matcher heading = HEADING.matcher(html);
        TreeSet<Integer> levels = new TreeSet<>();
        while (heading.find()) {
            levels.add(heading.group(2).charAt(0) - '0');
        }
        List<Integer> used = List.copyOf(levels);
        boolean already = true;
        for (int i = 0; i < used.size(); i++) {
            already &= used.get(i) == i + 2;
        }
        if (already) {
            return html;
        }
        return HEADING.matcher(html).replaceAll(m -> "<" + m.group(1) + "h"
                + Math.min(6, used.indexOf(m.group(2).charAt(0) - '0') + 2));
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

    /** A body's headings one level lower, for a body shown under an h2 of its own: h2 → h3 (h6 stays). */
    static String deeper(String html) {
        if (html == null) {
            return null;
        }
        return HEADING.matcher(html).replaceAll(m -> "<" + m.group(1) + "h"
                + Math.min(6, m.group(2).charAt(0) - '0' + 1));
    }

    /**
     * A body's HTML with every {@code id} and in-page link prefixed ({@code id="fn-1"} →
     * {@code id="speech-2-fn-1"}), so that several bodies on one page keep their ids unique.
     */
    static String scoped(String html, String prefix) {
        if (html == null) {
            return null;
        }
        return html.replace(" id=\"", " id=\"" + prefix + "-").replace(" href=\"#", " href=\"#" + prefix + "-");
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
