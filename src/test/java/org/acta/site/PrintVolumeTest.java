package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event's printable volume: everything a reader prints, in reading order, one page. */
class PrintVolumeTest {
    @TempDir
    Path dir;

    @Test
    void theVolumeHasTheCoverSummaryFiguresConclusionsEverySpeechInOrderAndTheTasks() {
        SiteFixture site = EveryPageKind.inline(dir);
        assertThat(site.page("events/hoi-nghi/").select(".print-link a").text()).startsWith("Bản để in");
        assertThat(site.page("events/hoi-nghi/").select(".print-link a").attr("href"))
                .isEqualTo("../../events/hoi-nghi/print/");
        Document volume = site.page("events/hoi-nghi/print/");
        assertThat(volume.select("h1").text()).isEqualTo("Hội nghị tổng kết </script><b>năm học</b> & \"định hướng\"");
        assertThat(volume.select(".volume-cover .facts").text()).contains("Hà Nội", "Sở Giáo dục - Đào tạo");
        assertThat(volume.select("main section > h2, main article article > h2").eachText()).containsExactly("Tóm tắt sự kiện",
                "Số liệu được nêu", "Kết luận", "Đề dẫn", "Ý kiến thảo luận", "Kết luận", "Nhiệm vụ được giao");
        assertThat(volume.select("#speech-1").text()).isEqualTo("Đề dẫn");
        assertThat(volume.select("#speech-1-thuc-trang").text()).isEqualTo("Thực trạng");
        assertThat(volume.selectFirst("#speech-1-thuc-trang").tagName()).as("under the speech's h2").isEqualTo("h3");
        assertThat(volume.select(".volume-speech").first().select("a[href^=#]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("#speech-1-"));
        assertThat(volume.select(".volume-tasks li.task")).hasSize(6);
        assertThat(volume.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/ky-yeu/events/hoi-nghi/print/");
        assertThat(volume.selectFirst("main").hasAttr("data-search")).as("not a search result of its own").isFalse();
    }

    @Test
    void aSpeechCannotTakeTheVolumesAddress() {
        SiteFixture site = SiteFixture.withSite(dir)
                .write("events/e/index.md", "---\ntitle: E\ndate: 2024\n---\n")
                .write("events/e/print.md", "---\ntitle: In\nrole: discussion\nspeaker_note: Đại biểu\n---\n");
        assertThat(site.build().errLines()).contains(site.path("events/e/print.md") + ": error: a speech cannot be "
                + "named 'print': /events/<event-id>/print/ is the event's printable volume; rename the file");
    }
}
