package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor quotes as code is published as written: a site's pages change the addresses and
 * ids of a body's own links and headings, never the text inside {@code code} or {@code pre}.
 */
class QuotedCodeTest {
    @TempDir
    Path dir;

    private SiteFixture site() {
        return SiteFixture.withSite(dir)
                .write("people/an.yaml", "name: Nguyễn An\n")
                .write("events/hn/index.md", """
                        ---
                        title: Hội nghị
                        date: 2024-05-02
                        ---
                        Viết liên kết như `<a href="/events/hn/">` hoặc `<img src="/assets/a.png">`; xem [An](/people/an/).

                        ## Mục đầu

                        ```html
                        <div id="top"><a href="/events/hn/" id="x">về đầu</a></div>
                        <a href="#top">lên</a>
                        ```

                        Ghi chú[^1].

                        [^1]: Chú thích.
                        """)
                .write("events/hn/s1.md", """
                        ---
                        title: Đề dẫn
                        role: opening
                        speaker: an
                        ---
                        Mã `id="top"` và <code> href="#top"</code>.

                            <p id="top">khối thụt lề</p>
                        """);
    }

    @Test
    void aCodeSpanQuotingASiteLinkIsPublishedAsWrittenWhileTheBodysOwnLinkIsMadeRelative() {
        SiteFixture site = site();
        assertThat(site.build().exit()).isZero();
        Document event = site.page("events/hn/");
        assertThat(event.select(".prose code").eachText()).startsWith("<a href=\"/events/hn/\">",
                "<img src=\"/assets/a.png\">");
        assertThat(event.select(".prose pre code").first().wholeText())
                .isEqualTo("<div id=\"top\"><a href=\"/events/hn/\" id=\"x\">về đầu</a></div>\n<a href=\"#top\">lên</a>\n");
        assertThat(event.select(".prose a").eachAttr("href")).containsExactly("../../people/an/", "#fn-1", "#fnref-1");
    }

    @Test
    void anIdQuotedInACodeBlockOfAPrintedVolumeIsPublishedAsWrittenWhileTheBodysOwnIdsAreScoped() {
        SiteFixture site = site();
        assertThat(site.build().exit()).isZero();
        Document volume = site.page("events/hn/print/");
        assertThat(volume.select("#summary + .prose pre code").first().wholeText()).isEqualTo(
                "<div id=\"top\"><a href=\"/events/hn/\" id=\"x\">về đầu</a></div>\n<a href=\"#top\">lên</a>\n");
        assertThat(volume.select("#summary + .prose h3").eachAttr("id")).containsExactly("summary-muc-dau");
        assertThat(volume.select("#summary + .prose sup").eachAttr("id")).containsExactly("summary-fnref-1");
        assertThat(volume.select(".volume-speech .prose code").stream().map(Element::wholeText))
                .containsExactly("id=\"top\"", " href=\"#top\"", "<p id=\"top\">khối thụt lề</p>\n");
        assertThat(volume.select("[id=summary-top], [id=speech-1-top], [href=#summary-top], [href=#speech-1-top]"))
                .isEmpty();
    }
}
