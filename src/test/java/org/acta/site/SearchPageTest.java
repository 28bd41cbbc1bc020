package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page and the header's search box, as a reader without JavaScript or a screen reader meets them. */
class SearchPageTest {
    @TempDir
    Path dir;

    private SiteFixture built() {
        SiteFixture site = SiteFixture.withSite(dir)
                .write("events/e/index.md", "---\ntitle: Hội nghị\ndate: 2024\n---\nNội dung.\n")
                .write("people/an.yaml", "name: Nguyễn Văn An\n");
        assertThat(site.build().exit()).isZero();
        return site;
    }

    @Test
    void everyPageButSearchHasALabelledSearchBoxThatWorksFromDisk() {
        SiteFixture site = built();
        Element form = site.page("events/e/").selectFirst("header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("../../search/index.html");
        assertThat(form.selectFirst("label[for=site-search-q]").text()).isEqualTo("Tìm trong trang");
        assertThat(form.selectFirst("input#site-search-q").attr("name")).isEqualTo("q");
        assertThat(site.page("search/").select("header form")).isEmpty();
    }

    @Test
    void theSearchPageSaysItNeedsJavaScriptAndAnnouncesItsResults() {
        Document search = built().page("search/");
        assertThat(search.select("noscript").text()).startsWith("Tìm kiếm cần JavaScript");
        assertThat(search.selectFirst("label[for=search-q]")).isNotNull();
        assertThat(search.selectFirst("#search-status").attr("aria-live")).isEqualTo("polite");
        assertThat(search.selectFirst("script[src]").attr("src")).isEqualTo("../static/search.js");
        assertThat(search.select("#search-kind option").eachAttr("value"))
                .containsExactly("", "event", "speech", "task", "person", "organization", "document", "page");
    }

    @Test
    void marksEachItemPageWithItsKindAndDateForTheIndex() {
        SiteFixture site = built();
        Element main = site.page("events/e/").selectFirst("main");
        assertThat(main.attr("data-search")).isEqualTo("event");
        assertThat(main.attr("data-search-date")).isEqualTo("năm 2024");
        assertThat(main.attr("data-search-year")).isEqualTo("2024");
        assertThat(site.page("people/an/").selectFirst("main").attr("data-search")).isEqualTo("person");
        assertThat(site.page("events/").selectFirst("main").hasAttr("data-search")).isFalse();
        assertThat(site.read("search/index.js")).contains("\"pages\":2,");
    }
}
