package org.acta.importer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about its article besides the text: headline, address, site name,
 * publication day (meta tags, a {@code <time>}, or the date line "Thứ Hai, 17/02/2025 10:30") and
 * the language it is written in.
 */
final class PageFacts {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PageFacts() {
    }

    static Optional<String> url(Document page) {
        return meta(page, "meta[property=og:url]").or(() -> attr(page, "link[rel=canonical]", "href"))
                .or(() -> Optional.of(page.location()).filter(l -> l.startsWith("http")));
    }

    static Optional<String> publisher(Document page) {
        return meta(page, "meta[property=og:site_name]").map(Sentences::clean);
    }

    static Optional<LocalDate> published(Document page) {
        return metaDate(page).or(() -> dateLine(page));
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

    /** The page's own heading: its h1, else a heading whose class says title, else its meta or window title. */
    static String headline(Document page) {
        for (String query : List.of("article h1, main h1, h1.title, h1[class*=title], h1",
                "h2[class*=title], h2[class*=tieude], h2[class*=tieu-de], h2[class*=headline], h3[class*=title], "
                        + "h3[class*=tieude], [class*=news-title], [class*=article-title], [class*=post-title]")) {
            Element h = page.selectFirst(query);
            if (h != null && !h.text().isBlank() && h.text().length() < 300) {
                return clean(h.text());
            }
        }
        return meta(page, "meta[property=og:title]").map(PageFacts::clean)
                .orElseGet(() -> clean(page.title().replaceAll("\\s+[-|–]\\s+[^-|–]+$", "")));
    }

    /** A headline without the emoji or symbols some sites frame it with ("🇻🇳 … 🇻🇳"). */
    private static String clean(String text) {
        return Sentences.clean(text).replaceAll("^[\\p{So}\\p{Sk}\\p{Cs}\\s]+|[\\p{So}\\p{Sk}\\p{Cs}\\s]+$", "");
    }

    private static Optional<LocalDate> metaDate(Document page) {
        for (String query : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]")) {
            Optional<LocalDate> date = meta(page, query).flatMap(PageFacts::isoDate);
            if (date.isPresent()) {
                return date;
            }
        }
        return attr(page, "time[datetime]", "datetime").flatMap(PageFacts::isoDate);
    }

    /** "2025-02-17", "2025-02-17T10:30:00+07:00": the day as the page writes it, in its own time zone. */
    private static Optional<LocalDate> isoDate(String text) {
        Matcher m = ISO_DAY.matcher(text.strip());
        return m.find() ? Deadlines.CalendarDays.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : Optional.empty();
    }

    /** A date line such as "Thứ Hai, 17/02/2025 10:30" in an element whose class says date or time. */
    private static Optional<LocalDate> dateLine(Document page) {
        List<Element> candidates = new ArrayList<>(page.select(
                "[class*=date], [class*=time], [class*=byline], [class*=meta], [class*=publish], [id*=date]"));
        for (Element e : page.body().getAllElements()) {
            if (e.ownText().length() < 60 && ArticleExtractor.BYLINE_DAY.matcher(e.ownText()).find()) {
                candidates.add(e);
            }
        }
        for (Element e : candidates) {
            String text = e.text();
            Matcher m = ArticleExtractor.DATE_LINE.matcher(text);
            if (text.length() < 120 && m.find()) {
                Optional<LocalDate> day = Deadlines.CalendarDays.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                if (day.isPresent()) {
                    return day;
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
