package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page a host answers for a missing address: it has no address of its own, so it claims none,
 * and its links work from whatever address it is served at, under a base_url with a path too.
 */
class NotFoundPageTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("site.yaml", "title: Kỷ yếu thử\nbase_url: https://example.org/kyyeu/\n")
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03\n---\nTóm tắt.\n");
    }

    @Test
    void claimsNoAddressOfItsOwnNotTheHomePagesNorAnyOther() throws Exception {
        assertThat(site.build().exit()).isZero();
        Document page = site.page("404.html");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("meta[property=og:url]")).isEmpty();
        JsonNode data = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
        assertThat(data.path("@type").asText()).isEqualTo("WebPage");
        assertThat(data.has("url")).isFalse();
        assertThat(data.has("@id")).isFalse();
        assertThat(site.page("").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/kyyeu/");
        assertThat(site.page("").select("meta[property=og:url]").attr("content"))
                .isEqualTo("https://example.org/kyyeu/");
    }

    @Test
    void itsStylesAndItsLinkHomeResolveFromAnyMissingAddressUnderTheBasePath() {
        assertThat(site.build().exit()).isZero();
        Document page = site.page("404.html");
        URI missing = URI.create("https://example.org/kyyeu/events/khong-co/bai/");
        String style = page.select("link[rel=stylesheet]").first().attr("href");
        String home = page.select("main a").first().attr("href");
        assertThat(sitePath(missing.resolve(style))).isEqualTo("static/style.css");
        assertThat(site.exists(sitePath(missing.resolve(style)))).isTrue();
        assertThat(sitePath(missing.resolve(home))).isEqualTo("");
        assertThat(page.select("nav a").eachAttr("href")).first().isEqualTo("/kyyeu/events/");
    }

    @Test
    void isLeftOutOfTheSitemap() {
        assertThat(site.build().exit()).isZero();
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/kyyeu/events/hoi-nghi/</loc>")
                .doesNotContain("404");
    }

    /** Where a resolved address lands in the built site, or the address itself when it is outside it. */
    private static String sitePath(URI resolved) {
        String path = resolved.getPath();
        return path.startsWith("/kyyeu/") ? path.substring("/kyyeu/".length()) : path;
    }
}
