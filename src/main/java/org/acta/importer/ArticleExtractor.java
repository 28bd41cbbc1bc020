package org.acta.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in a news page, readability-style: the element under which the most
 * paragraph text (with few links) gathers, after the page's chrome (navigation, related news,
 * comments, footers, scripts, ads) has been taken out.
 */
final class ArticleExtractor {
    private static final String CHROME_TAGS = "script, style, noscript, iframe, form, nav, header, footer, aside, "
            + "svg, button, input, select, textarea, template, object, embed";
    private static final Set<String> CHROME_WORDS = Set.of("nav", "navbar", "menu", "breadcrumb", "breadcrumbs",
            "sidebar", "related", "relate", "lienquan", "tinkhac", "othernews", "comment", "comments", "binhluan",
            "phanhoi", "feedback", "share", "social", "sharing", "footer", "header", "banner", "ads", "ad", "advert",
            "adv", "quangcao", "qc", "popup", "mostview", "xemnhieu", "moinhat", "newest", "tags", "tag", "widget",
            "login", "search", "author-box", "print");
    /** Headings of the lists that follow an article on Vietnamese news sites: reading stops there. */
    private static final Set<String> STOP_HEADINGS = Set.of("phan hoi", "cac tin khac", "tin khac", "moi nhat",
            "xem nhieu nhat", "xem nhieu", "tin lien quan", "bai lien quan", "binh luan", "y kien ban doc",
            "gui y kien", "gui binh luan", "doc nhieu", "tin moi", "tin cung chuyen muc", "cung chuyen muc",
            "tin noi bat", "chia se", "tu khoa", "the");
    static final Pattern DATE_LINE = Pattern.compile(
            "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})(?:\\s*[-,|]?\\s*\\d{1,2}\\s*[:h]\\s*\\d{2})?");
    /** "Tác giả: …", "Author: …", "Nguồn: …": the writer's or the source's line, not the report. */
    private static final Pattern BYLINE = Pattern.compile("(?i)(tác giả|tin, ảnh|tin và ảnh|bài, ảnh|ảnh|nguồn"
            + "|author|source|reported by|photo|by)\\s*:");
    /** The dash that follows a dateline or an agency's name ("– The Ministry…"), left when the dateline is gone. */
    private static final Pattern LEADING_DASH = Pattern.compile("^[-–—]\\s+");
    static final Pattern BYLINE_DAY = Pattern.compile("(?i)(thứ\\s+(hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)");

    private ArticleExtractor() {
    }

    static Article extract(Document page) {
        Optional<LocalDate> published = PageFacts.published(page);
        String headline = PageFacts.headline(page);
        Optional<String> url = PageFacts.url(page);
        Optional<String> publisher = PageFacts.publisher(page);
        Element body = page.body().clone();
        body.select(CHROME_TAGS).remove();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && isChrome(e)) {
                e.remove();
            }
        }
        Element container = container(body);
        Element article = container.closest("article");
        if (article != null) {
            container = article;
        }
        List<Article.Block> blocks = new ArrayList<>();
        for (Element lead : body.select("[class*=sapo], [class*=lead], [class*=summary], [class*=description], "
                + "[class*=chapeau], [class*=excerpt]")) {
            boolean apart = !lead.parents().contains(container) && !container.parents().contains(lead)
                    && lead != container;
            if (apart && lead.text().length() >= 40) {
                add(blocks, lead.text(), Article.Block.Kind.PARAGRAPH, headline, new boolean[1]);
                break;
            }
        }
        collect(container, blocks, headline, new boolean[1]);
        List<Article.Block> kept = dedupe(blocks);
        return new Article(headline, url, publisher, published, PageFacts.language(page, kept), kept);
    }

    private static boolean isChrome(Element e) {
        if (e.tagName().equals("article") || e.tagName().equals("main") || e.tagName().equals("figure")) {
            return false;
        }
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String w : words.split("[\\s_]+")) {
            if (CHROME_WORDS.contains(w) || CHROME_WORDS.contains(w.replace("-", ""))) {
                return true;
            }
            for (String part : w.split("-")) {
                if (!part.isEmpty() && CHROME_WORDS.contains(part) && !w.contains("content") && !w.contains("detail")
                        && !w.contains("body") && !w.contains("caption")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The element that gathers the most paragraph text: each paragraph counts for its parent, half for its grandparent. */
    private static Element container(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, div, td, section, li")) {
            boolean textual = p.tagName().equals("p") || (p.children().isEmpty() && p.tagName().matches("div|td"));
            if (!textual) {
                continue;
            }
            String text = p.text();
            if (text.length() < 40) {
                continue;
            }
            int linked = p.select("a").text().length();
            if (linked > text.length() / 3) {
                continue;
            }
            double score = 1 + text.length() / 100.0 + count(text, ',');
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** Walks the article in reading order; a block element is taken whole, its inside not walked again. */
    private static void collect(Element element, List<Article.Block> blocks, String headline, boolean[] stopped) {
        for (Node node : element.childNodes()) {
            if (stopped[0]) {
                return;
            }
            if (!(node instanceof Element e)) {
                if (node instanceof TextNode t && t.text().strip().length() >= 40) {
                    add(blocks, t.text(), Article.Block.Kind.PARAGRAPH, headline, stopped);
                }
                continue;
            }
            String tag = e.tagName();
            if (isCaption(e)) {
                add(blocks, e.text(), Article.Block.Kind.CAPTION, headline, stopped);
            } else if (tag.matches("h[1-6]")) {
                boolean lead = e.text().length() >= 80;
                add(blocks, e.text(), lead ? Article.Block.Kind.PARAGRAPH : Article.Block.Kind.HEADING, headline,
                        stopped);
            } else if (tag.equals("p") || (tag.matches("div|td|li|blockquote|span|section") && !hasBlocks(e))) {
                for (String line : lines(e)) {
                    add(blocks, line, Article.Block.Kind.PARAGRAPH, headline, stopped);
                }
            } else {
                collect(e, blocks, headline, stopped);
            }
        }
    }

    /** The element's text, one piece between line breaks: many sites separate paragraphs with {@code <br>}. */
    private static List<String> lines(Element e) {
        if (e.selectFirst("br") == null) {
            return List.of(e.text());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (node instanceof Element br && br.nameIs("br")) {
                lines.add(line.toString());
                line.setLength(0);
            }
        }, e);
        lines.add(line.toString());
        return lines;
    }

    private static boolean hasBlocks(Element e) {
        return !e.select("p, div, h1, h2, h3, h4, h5, h6, li, figure, figcaption, table, blockquote").isEmpty();
    }

    private static boolean isCaption(Element e) {
        if (e.tagName().equals("figcaption")) {
            return true;
        }
        String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (cls.contains("caption") || cls.contains("chu-thich") || cls.contains("image-desc")
                || cls.contains("img-desc") || cls.contains("photo-desc")) {
            return !hasBlocks(e) || e.select("p").size() <= 1 && e.select("img").isEmpty();
        }
        return false;
    }

    private static void add(List<Article.Block> blocks, String raw, Article.Block.Kind kind, String headline,
                            boolean[] stopped) {
        String text = LEADING_DASH.matcher(Sentences.clean(raw)).replaceFirst("");
        String key = Sentences.key(text);
        if (STOP_HEADINGS.contains(key) && kind != Article.Block.Kind.CAPTION) {
            stopped[0] = true;
            return;
        }
        boolean dateLine = text.length() < 60 && (DATE_LINE.matcher(text).find() || BYLINE_DAY.matcher(text).find());
        boolean tooShort = kind == Article.Block.Kind.PARAGRAPH && text.length() < 25;
        boolean byline = text.length() < 80 && BYLINE.matcher(text).lookingAt();
        if (text.isEmpty() || key.equals(Sentences.key(headline)) || dateLine || tooShort || byline) {
            return;
        }
        blocks.add(new Article.Block(text, kind));
    }

    /**
     * Each caption once, and no paragraph that repeats a caption or an earlier paragraph: many sites
     * print a photo's caption twice, in the figure and again as a line of text.
     */
    private static List<Article.Block> dedupe(List<Article.Block> blocks) {
        Set<String> captions = new HashSet<>();
        for (Article.Block b : blocks) {
            if (b.kind() == Article.Block.Kind.CAPTION) {
                captions.add(Sentences.key(b.text()));
            }
        }
        Set<String> seen = new HashSet<>();
        List<Article.Block> out = new ArrayList<>();
        for (Article.Block b : blocks) {
            String key = Sentences.key(b.text());
            boolean repeatsCaption = b.kind() != Article.Block.Kind.CAPTION && captions.contains(key);
            if (seen.add(key) && !repeatsCaption) {
                out.add(b);
            }
        }
        return out;
    }

}
