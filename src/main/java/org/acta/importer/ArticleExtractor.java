package org.acta.importer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;
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
    private static final Pattern DATE_LINE = Pattern.compile(
            "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})(?:\\s*[-,|]?\\s*\\d{1,2}\\s*[:h]\\s*\\d{2})?");
    /** "Tác giả: …", "Author: …", "Nguồn: …": the writer's or the source's line, not the report. */
    private static final Pattern BYLINE = Pattern.compile("(?i)(tác giả|tin, ảnh|tin và ảnh|bài, ảnh|ảnh|nguồn"
            + "|author|source|reported by|photo|by)\\s*:");
    /** The dash that follows a dateline or an agency's name ("– The Ministry…"), left when the dateline is gone. */
    private static final Pattern LEADING_DASH = Pattern.compile("^[-–—]\\s+");
    private static final Pattern BYLINE_DAY = Pattern.compile("(?i)(thứ\\s+(hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)");

    private ArticleExtractor() {
    }

    static Article extract(Document page) {
        Optional<LocalDate> published = metaDate(page).or(() -> dateLine(page));
        String headline = headline(page);
        Optional<String> url = meta(page, "meta[property=og:url]").or(() -> attr(page, "link[rel=canonical]", "href"))
                .or(() -> Optional.of(page.location()).filter(l -> l.startsWith("http")));
        Optional<String> publisher = meta(page, "meta[property=og:site_name]");
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
        return new Article(headline, url, publisher, published, language(page, kept), kept);
    }

    /** The page's declared language when it is Vietnamese or English, else what its letters say. */
    static Language language(Document page, List<Article.Block> blocks) {
        String declared = page.select("html[lang]").attr("lang").toLowerCase(Locale.ROOT);
        if (declared.startsWith("vi")) {
            return Language.VI;
        }
        if (declared.startsWith("en")) {
            return Language.EN;
        }
        long letters = 0;
        long vietnamese = 0;
        for (Article.Block b : blocks) {
            for (char c : Normalizer.normalize(b.text(), Normalizer.Form.NFD).toCharArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    vietnamese++;
                }
                if (c == 'đ' || c == 'Đ') {
                    vietnamese++;
                }
            }
        }
        return letters > 0 && vietnamese * 20 < letters ? Language.EN : Language.VI;
    }

    private static boolean isChrome(Element e) {
        if (e.tagName().equals("article") || e.tagName().equals("main") || e.tagName().equals("figure")) {
            return false;
        }
        String words = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
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
        String cls = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
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

    /** The page's own heading: its h1, else a heading whose class says title, else its meta or window title. */
    private static String headline(Document page) {
        for (String query : List.of("article h1, main h1, h1.title, h1[class*=title], h1",
                "h2[class*=title], h2[class*=tieude], h2[class*=tieu-de], h2[class*=headline], h3[class*=title], "
                        + "h3[class*=tieude], [class*=news-title], [class*=article-title], [class*=post-title]")) {
            Element h = page.selectFirst(query);
            if (h != null && !h.text().isBlank() && h.text().length() < 300) {
                return clean(h.text());
            }
        }
        return meta(page, "meta[property=og:title]").map(ArticleExtractor::clean)
                .orElseGet(() -> clean(page.title().replaceAll("\\s+[-|–]\\s+[^-|–]+$", "")));
    }

    /** A headline without the emoji or symbols some sites frame it with ("🇻🇳 … 🇻🇳"). */
    private static String clean(String text) {
        return Sentences.clean(text).replaceAll("^[\\p{So}\\p{Sk}\\p{Cs}\\s]+|[\\p{So}\\p{Sk}\\p{Cs}\\s]+$", "");
    }

    private static Optional<LocalDate> metaDate(Document page) {
        for (String query : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]")) {
            Optional<LocalDate> date = meta(page, query).flatMap(ArticleExtractor::isoDate);
            if (date.isPresent()) {
                return date;
            }
        }
        return attr(page, "time[datetime]", "datetime").flatMap(ArticleExtractor::isoDate);
    }

    private static Optional<LocalDate> isoDate(String text) {
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** A date line such as "Thứ Hai, 17/02/2025 10:30" in an element whose class says date or time. */
    private static Optional<LocalDate> dateLine(Document page) {
        List<Element> candidates = new ArrayList<>(page.select(
                "[class*=date], [class*=time], [class*=byline], [class*=meta], [class*=publish], [id*=date]"));
        for (Element e : page.body().getAllElements()) {
            if (e.ownText().length() < 60 && BYLINE_DAY.matcher(e.ownText()).find()) {
                candidates.add(e);
            }
        }
        for (Element e : candidates) {
            String text = e.text();
            Matcher m = DATE_LINE.matcher(text);
            if (text.length() < 120 && m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1))));
                } catch (java.time.DateTimeException ignored) {
                    // not a date after all
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String query) {
        return attr(page, query, "content");
    }

    private static Optional<String> attr(Document page, String query, String attribute) {
        Element e = page.selectFirst(query);
        return e == null || e.attr(attribute).isBlank() ? Optional.empty() : Optional.of(e.attr(attribute).strip());
    }
}
