package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps a page steady and private: image sizes, lazy images, no request to another site. */
class ReaderComfortTest {
    @TempDir
    Path dir;

    @Test
    void bodyImagesHaveTheirSizeLoadLazilyAndPagesAskNothingOfOtherSites() {
        SiteFixture site = EveryPageKind.inline(dir);
        Element image = site.page("events/hoi-nghi/").selectFirst("main img");
        assertThat(image.attr("src")).isEqualTo("../../assets/anh/hoi-truong.png");
        assertThat(image.attr("width")).isEqualTo("64");
        assertThat(image.attr("height")).isEqualTo("40");
        assertThat(image.attr("loading")).isEqualTo("lazy");
        Element portrait = site.page("people/nguyen-van-a/").selectFirst("img.portrait");
        assertThat(portrait.attr("width")).isEqualTo("160");
        assertThat(portrait.attr("height")).isEqualTo("200");

        for (String page : EveryPageKind.pages(site)) {
            Document html = site.page(page);
            java.util.List<String> loaded = new java.util.ArrayList<>(html.select("script[src], img[src]").eachAttr("src"));
            loaded.addAll(html.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"));
            assertThat(loaded).as("what " + page + " loads").isNotEmpty()
                    .noneMatch(url -> url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//"));
            assertThat(html.select("script:not([src]):not([type=application/ld+json])")).as(page).isEmpty();
            assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .as(page).contains("script-src 'self'").doesNotContain("unsafe-inline");
        }
    }
}
