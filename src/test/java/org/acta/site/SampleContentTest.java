package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own sample, the Hanoi seminar, builds cleanly and says what the report says. */
class SampleContentTest {
    static final String EVENT = "events/toa-dam-phat-trien-dang-vien-truong-hoc/";

    @TempDir
    static Path dir;
    static SiteFixture site;
    static SiteFixture.Run run;

    @BeforeAll
    static void buildTheSample() {
        site = new SiteFixture(dir);
        run = site.run("build", "--source", "content", "--templates", "templates", "--output",
                site.output.toString(), "--as-of", "2025-06-30");
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void theSeminarIsUndatedAndSaysSo() {
        Document event = site.page(EVENT);
        assertThat(event.select("h1").text())
                .isEqualTo("Hội nghị tọa đàm về công tác phát triển đảng viên trong các trường học ở Đảng bộ TP. Hà Nội");
        assertThat(event.select(".facts").text()).contains("Chưa rõ ngày tổ chức");
    }

    @Test
    void itsThreeNamedSpeechesAndTheDiscussionAreListed() {
        Document event = site.page(EVENT);
        String speeches = event.select(".speeches").text();
        assertThat(speeches).contains("Trần Thế Cương, Giám đốc Sở Giáo dục - Đào tạo Hà Nội",
                "Nguyễn Văn Phong, Phó Bí thư Thành ủy Hà Nội", "Vũ Đức Bảo, Trưởng Ban Tổ chức Thành ủy Hà Nội",
                "Các đại biểu dự Hội nghị");
        assertThat(event.select(".speeches > li")).hasSize(4);
    }

    @Test
    void itsFiguresAreExact() {
        Document event = site.page(EVENT);
        assertThat(event.select("table.figures td").eachText())
                .contains("2.835", "138.090", "2,2 triệu", "1 triệu", "17", "6", "10%");
    }

    @Test
    void theTasksGoToTheBoardsNamedInTheConclusion() {
        Document tasks = site.page("tasks/");
        assertThat(tasks.select("table.tracker tbody tr")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(tasks.text()).contains("Ban Tổ chức Thành ủy Hà Nội", "Ban Tuyên giáo Thành ủy Hà Nội");
        Document classes = site.page("tasks/mo-lop-boi-duong-nhan-thuc-ve-dang-cho-hoc-sinh/");
        assertThat(classes.select(".facts").text()).contains("Hằng năm", "2 lớp bồi dưỡng mỗi năm ở mỗi trung tâm",
                "Nguyễn Văn Phong");
    }

    @Test
    void theProgrammeLinksBackToTheSeminar() {
        Document programme = site.page("documents/chuong-trinh-01-ctr-tu/");
        assertThat(programme.select(".kicker").text()).isEqualTo("01-Ctr/TU");
        assertThat(programme.select(".cards a").text()).contains("Hội nghị tọa đàm");
    }
}
