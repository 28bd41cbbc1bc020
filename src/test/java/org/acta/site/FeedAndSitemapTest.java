package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The site's Atom feed, sitemap and robots.txt, read by an XML parser as a feed reader and a crawler do. */
class FeedAndSitemapTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String BASE = "https://example.org/ky-yeu/";

    @TempDir
    static Path dir;
    static SiteFixture site;

    @BeforeAll
    static void build() {
        site = EveryPageKind.inline(dir);
    }

    record Entry(String id, String title, String updated, String link) {
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    static List<Entry> entries(Document feed) {
        List<Entry> entries = new ArrayList<>();
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
            entries.add(new Entry(child(e, "id"), child(e, "title"), child(e, "updated"), link.getAttribute("href")));
        }
        return entries;
    }

    @Test
    void theFeedHasEveryEventSpeechAndCountedTaskUpdateNewestFirstWithAbsoluteUrls() throws Exception {
        Document feed = xml(site.read("feed.xml"));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).isEqualTo(BASE);
        assertThat(child(root, "title")).isEqualTo("Kỷ yếu thử");
        assertThat(child(root, "updated")).as("its newest entry: the undated event, on the as-of date")
                .isEqualTo("2025-01-15T00:00:00Z");

        List<Entry> entries = entries(feed);
        assertThat(entries).extracting(Entry::link).containsExactly(
                BASE + "tasks/da-xong/#update-1",
                BASE + "tasks/hang-nam/#update-2",
                BASE + "tasks/dang-lam/#update-1",
                BASE + "events/hoi-nghi/",
                BASE + "events/hoi-nghi/de-dan/",
                BASE + "events/hoi-nghi/thao-luan/",
                BASE + "events/hoi-nghi/ket-luan/",
                BASE + "tasks/da-huy/#update-1",
                BASE + "tasks/hang-nam/#update-1",
                BASE + "events/hop-mat/",
                BASE + "events/toa-dam/");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.id()).startsWith(BASE);
            assertThat(e.updated()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
            assertThat(e.title()).isNotBlank();
        });
        assertThat(entries.get(3).title()).isEqualTo("Hội nghị tổng kết </script><b>năm học</b> & \"định hướng\"");
        assertThat(entries.get(3).updated()).isEqualTo("2024-03-05T00:00:00Z");
        assertThat(entries.get(9).updated()).as("a month is dated at its first day").isEqualTo("2019-02-01T00:00:00Z");
        assertThat(entries.get(10).updated()).as("an undated event is dated by the as-of date, and last")
                .isEqualTo("2025-01-15T00:00:00Z");
        assertThat(site.read("feed.xml")).doesNotContain("Ghi sau ngày tính");
    }

    @Test
    void theSitemapListsEveryPageButTheNotFoundPageAndRobotsPointsAtIt() throws Exception {
        Document sitemap = xml(site.read("sitemap.xml"));
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP, "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent());
        }
        List<String> pages = EveryPageKind.pages(site).stream().filter(p -> !p.equals("404.html"))
                .map(p -> BASE + p.replaceFirst("index\\.html$", "")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(pages)
                .contains(BASE, BASE + "events/hoi-nghi/de-dan/", BASE + "tasks/status/overdue/", BASE + "gioi-thieu/")
                .doesNotHaveDuplicates().isSorted();
        assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n");
    }

    @Test
    void twoBuildsOfTheSameContentAndAsOfDateAreByteIdentical() throws Exception {
        SiteFixture again = EveryPageKind.inline(dir.resolve("again"));
        List<String> files;
        java.nio.file.Path real = site.output.toRealPath();
        try (var walk = java.nio.file.Files.walk(real)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).map(f -> real.relativize(f).toString())
                    .sorted().toList();
        }
        assertThat(files).contains("feed.xml", "sitemap.xml", "robots.txt", "events/hoi-nghi/print/index.html");
        for (String file : files) {
            assertThat(java.nio.file.Files.readAllBytes(again.output.resolve(file))).as(file)
                    .isEqualTo(java.nio.file.Files.readAllBytes(site.output.resolve(file)));
        }
    }

    @Test
    void everyPageNamesTheFeed() {
        assertThat(site.page("events/hoi-nghi/").select("link[rel=alternate][type=application/atom+xml]")
                .attr("href")).isEqualTo("../../feed.xml");
    }
}
