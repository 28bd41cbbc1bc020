package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole reports in layouts the development reports do not have, written for this suite: a
 * district portal in a table with {@code <br>} paragraphs, an English wire story with a dateline,
 * a page with no headline. Each is imported with the command line and its draft built.
 */
class OtherLayoutsImportTest {
    static final String PORTAL = "<html><head><meta charset=\"utf-8\"><title>Cổng thông tin huyện</title>"
            + "<meta name=\"pubdate\" content=\"2025-10-03\"></head><body><table><tr><td class=\"menu\">"
            + "<a href=\"/\">Trang chủ</a> | <a href=\"/tin\">Tin tức</a></td></tr><tr><td class=\"noidung\">"
            + "<h2 class=\"tieude\">Huyện ủy sơ kết công tác xây dựng Đảng 9 tháng</h2>"
            + "<div class=\"chitiet\">Chiều 2/10, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng 9 tháng đầu "
            + "năm, triển khai nhiệm vụ quý IV.<br><br>Chủ trì hội nghị có Bí thư Huyện ủy Chu Văn Lực và Phó Bí thư "
            + "Thường trực Huyện ủy Lưu Thị Nga.<br><br><img src=\"h1.jpg\"><br><em>Đồng chí Lưu Thị Nga, Phó Bí thư "
            + "Thường trực Huyện ủy trình bày báo cáo tại hội nghị</em><br><br>Báo cáo tại hội nghị, đồng chí Lưu Thị "
            + "Nga cho biết 9 tháng qua toàn huyện kết nạp 146 đảng viên mới, đạt 81,1% kế hoạch năm; 37/42 tổ chức "
            + "cơ sở đảng hoàn thành sáp nhập.<br><br>Kết luận hội nghị, Bí thư Huyện ủy Chu Văn Lực đề nghị các chi, "
            + "đảng bộ cơ sở tập trung rà soát đảng viên; giao Ban Tổ chức Huyện ủy hoàn thành đề án sắp xếp bộ máy "
            + "trong tháng 11/2025; Văn phòng Huyện ủy tham mưu tổ chức hội nghị tổng kết năm trước ngày 20/12."
            + "<br><br>Tin, ảnh: Minh Thư</div><div class=\"tinkhac\"><b>Các tin khác</b><ul><li><a href=\"/1\">Huyện "
            + "đoàn ra quân tình nguyện mùa hè xanh năm 2025 với nhiều hoạt động</a></li></ul></div>"
            + "</td></tr></table></body></html>";
    static final String WIRE = "<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta property=\"article:published_time\" content=\"2025-10-06T08:00:00+07:00\"></head><body>"
            + "<div class=\"story\"><h1 class=\"story-title\">Ministries told to clear stalled projects by year-end</h1>"
            + "<p class=\"dateline\">Hanoi, October 6, 2025</p>"
            + "<p>HANOI (VNA) – Deputy Prime Minister Nguyen Hoa Binh chaired a meeting on October 5 to review 26 stalled "
            + "projects worth a combined US$2.3 billion.</p>"
            + "<p>Attending the meeting were leaders of the ministries of Finance, Construction and Justice.</p>"
            + "<p>Ms. Pham Thu Trang, Director General of the Public Investment Department, said 11 of the projects had "
            + "resumed since June.</p>"
            + "<p>Concluding the meeting, Deputy Prime Minister Nguyen Hoa Binh assigned the Ministry of Finance to "
            + "submit a plan for the remaining projects by November 30.</p>"
            + "<p>He also asked ministries and localities to report any new obstacles every month.</p>"
            + "<p class=\"related\">Related news: Government sets 2026 growth target</p></div></body></html>";
    static final String UNTITLED = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"main\">"
            + "<div>Sáng 4/10/2025, Hội Nông dân xã tổ chức hội nghị tập huấn kỹ thuật trồng lúa hữu cơ cho hội viên.</div>"
            + "<div>Tham dự hội nghị có đại diện Phòng Nông nghiệp huyện cùng 120 hội viên nông dân trong xã.</div>"
            + "<div>Phát biểu khai mạc, ông Quách Văn Đông, Chủ tịch Hội Nông dân xã nhấn mạnh việc chuyển đổi sang "
            + "canh tác hữu cơ.</div></div></body></html>";

    private static ImportRun.Result importPage(ImportRun run, Path dir, String html) throws IOException {
        Path file = dir.resolve("page.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return run.importFrom(file.toString());
    }

    @Test
    void importsADistrictPortalLaidOutInATable(@TempDir Path dir) throws IOException {
        Draft draft = ImportRun.draftOf(PORTAL);
        assertThat(draft.article().title()).isEqualTo("Huyện ủy sơ kết công tác xây dựng Đảng 9 tháng");
        assertThat(draft.event().title()).isEqualTo("Hội nghị sơ kết công tác xây dựng Đảng 9 tháng đầu năm, triển "
                + "khai nhiệm vụ quý IV");
        assertThat(draft.event().chairs()).extracting(Draft.Speaker::name).containsExactly("Chu Văn Lực", "Lưu Thị Nga");
        assertThat(ImportRun.speeches(draft)).containsExactly(
                "Lưu Thị Nga | keynote | Phó Bí thư Thường trực Huyện ủy",
                "Chu Văn Lực | conclusion | Bí thư Huyện ủy");
        assertThat(draft.tasks()).extracting(Draft.Task::assignee, t -> t.due().map(Object::toString).orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ban Tổ chức Huyện ủy", "2025-11"),
                        org.assertj.core.groups.Tuple.tuple("Văn phòng Huyện ủy", "2025-12-20"));
        assertThat(draft.requests()).extracting(Draft.Request::addressee).containsExactly("các chi, đảng bộ cơ sở");
        assertThat(draft.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString())
                .containsExactly("146", "81.1");

        ImportRun run = new ImportRun(dir);
        ImportRun.Result imported = importPage(run, dir, PORTAL);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(run.allText()).doesNotContain("Minh Thư", "Các tin khác", "mùa hè xanh", "Trang chủ");
        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.err()).doesNotContain("error:");
    }

    @Test
    void importsAnEnglishWireStory(@TempDir Path dir) throws IOException {
        Draft draft = ImportRun.draftOf(WIRE);
        assertThat(draft.article().language()).isEqualTo(org.acta.model.Language.EN);
        assertThat(draft.event().date().toString()).isEqualTo("2025-10-05");
        assertThat(draft.event().chairs()).extracting(Draft.Speaker::name).containsExactly("Nguyen Hoa Binh");
        assertThat(ImportRun.speeches(draft)).containsExactly(
                "Pham Thu Trang | remarks | Director General of the Public Investment Department",
                "Nguyen Hoa Binh | conclusion | Deputy Prime Minister");
        assertThat(draft.tasks()).extracting(Draft.Task::assignee, Draft.Task::title, t -> t.due().orElseThrow()
                .toString()).containsExactly(org.assertj.core.groups.Tuple.tuple("Ministry of Finance",
                "Submit a plan for the remaining projects", "2025-11-30"));
        assertThat(draft.requests()).extracting(Draft.Request::addressee).containsExactly("ministries and localities");
        assertThat(draft.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString(),
                f -> f.unit().orElse("")).containsExactly(org.assertj.core.groups.Tuple.tuple("26", ""),
                org.assertj.core.groups.Tuple.tuple("2.3", "billion USD"), org.assertj.core.groups.Tuple.tuple("11", ""));

        ImportRun run = new ImportRun(dir);
        ImportRun.Result imported = importPage(run, dir, WIRE);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(draft.event().title()).isEqualTo("Meeting to review 26 stalled projects worth a combined US$2.3 "
                + "billion");
        String event = "events/meeting-to-review-26-stalled-projects-worth-a-combined-us-2-3-billion/";
        assertThat(run.files()).contains(event + "index.md", event + "remarks-pham-thu-trang.md",
                event + "concluding-remarks-nguyen-hoa-binh.md", "people/nguyen-hoa-binh.yaml",
                "organizations/ministry-of-finance.yaml", "organizations/public-investment-department.yaml");
        assertThat(run.read(event + "index.md")).contains("chair: nguyen-hoa-binh    # TODO: confirm who chaired\n",
                "# TODO: the report does not say where it was held\n");
        assertThat(run.allText()).doesNotContain("Related news");
        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.err()).doesNotContain("error:");
    }

    @Test
    void importsAPageWithNoHeadlineIntoADraftThatBuilds(@TempDir Path dir) throws IOException {
        ImportRun run = new ImportRun(dir);
        ImportRun.Result imported = importPage(run, dir, UNTITLED);
        assertThat(imported.exit()).as(imported.err()).isZero();
        String index = "events/hoi-nghi-tap-huan-ky-thuat-trong-lua-huu-co-cho-hoi-vien/index.md";
        assertThat(run.read(index)).contains("title: \"Hội nghị tập huấn kỹ thuật trồng lúa hữu cơ cho hội viên\"    "
                + "# TODO: tên lấy từ câu đầu tiên nêu tên sự kiện; xác nhận\n", "date: 2025-10-04",
                "  title: \"Hội nghị tập huấn kỹ thuật trồng lúa hữu cơ cho hội viên\"    # TODO: bản tin không có "
                        + "tiêu đề; ghi tiêu đề bài gốc nếu biết\n", "participants:", "  - phong-nong-nghiep-huyen\n");
        assertThat(run.files()).contains("events/hoi-nghi-tap-huan-ky-thuat-trong-lua-huu-co-cho-hoi-vien/"
                + "khai-mac.md");
        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.err()).doesNotContain("error:");
    }
}
