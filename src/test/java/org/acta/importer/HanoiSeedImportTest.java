package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's seed report, published as a party committee's news page, imported. */
class HanoiSeedImportTest {
    static final String PAGE = "hanoi-seed.html";
    static Draft draft;

    @BeforeAll
    static void read() throws Exception {
        Article article = ArticleExtractor.extract(Jsoup.parse(ImportRun.fixture(PAGE).toFile(), null));
        draft = ReportReader.read(article, List.of());
    }

    @Test
    void readsHeadlinePublicationDateAndSourceFromThePage() {
        assertThat(draft.article().title())
                .isEqualTo("Phát triển đảng viên trong các trường học ở Đảng bộ TP. Hà Nội là nhiệm vụ cấp bách, lâu dài");
        assertThat(draft.article().published()).contains(java.time.LocalDate.of(2025, 2, 17));
        assertThat(draft.article().url()).contains(
                "https://bantochuc.example.vn/tin-tuc/phat-trien-dang-vien-trong-cac-truong-hoc-12345.html");
    }

    @Test
    void namesTheEventAsTheReportDoesAndLeavesItsDateUnknown() {
        assertThat(draft.event().title())
                .isEqualTo("Hội nghị tọa đàm về công tác phát triển đảng viên trong các trường học ở Đảng bộ TP. Hà Nội");
        assertThat(draft.event().kind()).contains("Hội nghị tọa đàm");
        assertThat(draft.event().date().isUnknown()).isTrue();
        assertThat(draft.event().dateNote()).contains("không ghi ngày tổ chức").contains("2025-02-17");
        assertThat(draft.event().location()).isEmpty();
    }

    @Test
    void recognisesTheThreeNamedSpeakersWithTheirRolesAndPositions() {
        assertThat(draft.speeches()).extracting(s -> s.speaker().map(Draft.Speaker::name).orElse("(đại biểu)"),
                Draft.Speech::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trần Thế Cương", "opening"),
                org.assertj.core.groups.Tuple.tuple("(đại biểu)", "discussion"),
                org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Phong", "conclusion"),
                org.assertj.core.groups.Tuple.tuple("Vũ Đức Bảo", "remarks"));
        assertThat(draft.speeches()).extracting(s -> s.speaker().flatMap(Draft.Speaker::position).orElse(""))
                .containsExactly("Giám đốc Sở Giáo dục - Đào tạo Hà Nội", "", "Phó Bí thư Thành ủy Hà Nội",
                        "Trưởng Ban Tổ chức Thành ủy Hà Nội");
    }

    @Test
    void givesEachSpeechTheParagraphsThatFollowItsIntroduction() {
        assertThat(draft.speeches().get(0).paragraphs()).hasSize(3);
        assertThat(draft.speeches().get(2).paragraphs()).hasSize(3);
        assertThat(draft.speeches().get(2).paragraphs().get(2)).startsWith("Đồng chí Nguyễn Văn Phong giao");
        assertThat(draft.speeches().get(3).paragraphs()).hasSize(1);
        assertThat(draft.event().summary()).singleElement().asString().startsWith("Dự Hội nghị có");
    }

    @Test
    void readsTheFiguresInVietnameseNumberFormat() {
        assertThat(draft.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString(),
                f -> f.unit().orElse("")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2835", ""),
                org.assertj.core.groups.Tuple.tuple("138090", ""),
                org.assertj.core.groups.Tuple.tuple("2.2", "triệu"),
                org.assertj.core.groups.Tuple.tuple("1", "triệu"),
                org.assertj.core.groups.Tuple.tuple("17", ""),
                org.assertj.core.groups.Tuple.tuple("6", ""),
                org.assertj.core.groups.Tuple.tuple("10", "%"));
        assertThat(draft.figures().get(1).label()).isEqualTo("Giáo viên");
        assertThat(draft.figures().get(2).qualifier()).contains("trên 2,2 triệu");
        assertThat(draft.figures().get(6).label()).isEqualTo("Tỷ lệ kết nạp đảng viên là sinh viên");
    }

    @Test
    void makesTheConclusionsAssignmentsTasksWithTheYearlyTarget() {
        assertThat(draft.tasks()).extracting(Draft.Task::assignee)
                .containsExactly("Ban Tổ chức Thành ủy", "Ban Tuyên giáo Thành ủy");
        Draft.Task propaganda = draft.tasks().get(1);
        assertThat(propaganda.title()).startsWith("Chỉ đạo các trung tâm bồi dưỡng chính trị quận, huyện, thị xã");
        assertThat(propaganda.recurrence()).contains("yearly");
        assertThat(propaganda.target().map(Draft.Target::value)).contains(new BigDecimal("2"));
        assertThat(propaganda.target().map(Draft.Target::unit)).hasValueSatisfying(u -> assertThat(u).startsWith("lớp"));
        assertThat(propaganda.due()).isEmpty();
        assertThat(draft.tasks().get(0).title())
                .isEqualTo("Ghi nhận các ý kiến về khó khăn, vướng mắc để tìm hướng tháo gỡ");
        assertThat(draft.requests()).anyMatch(r -> r.addressee().equals("cả hệ thống chính trị")
                && r.text().startsWith("cả hệ thống chính trị phải vào cuộc"));
    }

    @Test
    void writesADraftThatBuildsWithAWarningForEachDraftFile(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        ImportRun.Result imported = run.importFrom(ImportRun.fixture(PAGE).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        String event = "events/hoi-nghi-toa-dam-ve-cong-tac-phat-trien-dang-vien-trong-cac-truong-hoc-o-dang-bo/";
        assertThat(run.files()).contains(event + "index.md", event + "de-dan.md", event + "y-kien-thao-luan.md",
                event + "ket-luan.md", event + "phat-bieu-vu-duc-bao.md", "people/tran-the-cuong.yaml",
                "people/nguyen-van-phong.yaml", "people/vu-duc-bao.yaml",
                "organizations/ban-tuyen-giao-thanh-uy-ha-noi.yaml");
        assertThat(run.read(event + "ket-luan.md")).contains("draft: true\n",
                "speaker: nguyen-van-phong    # TODO: xác nhận người nói\n",
                "role: conclusion    # TODO: xác nhận vai trò — bản tin: “kết luận”\n",
                "position: \"Phó Bí thư Thành ủy Hà Nội\"    # TODO: xác nhận chức vụ\n");
        assertThat(run.read(event + "index.md")).contains("date: unknown    # TODO: tìm ngày tổ chức trong nguồn khác",
                "date_note: ", "  - label: \"Giáo viên\"\n    value: 138090\n",
                "    value: 2.2\n    unit: \"triệu\"\n    note: \"trên 2,2 triệu\"\n");
        String task = run.files().stream().filter(f -> f.startsWith("tasks/chi-dao")).findFirst().orElseThrow();
        assertThat(run.read(task)).contains("assignee: ban-tuyen-giao-thanh-uy-ha-noi", "recurrence: yearly    # TODO",
                "target:\n  value: 2\n", "assigned_by: nguyen-van-phong\n", "speech: ket-luan\n");
        assertThat(imported.out()).contains("created:", "found in the report:", "left for you to do, and why:",
                "  - request not made a task, as it is made to “cả hệ thống chính trị”, which names no one body "
                + "(Nguyễn Văn Phong): “cả hệ thống chính trị phải vào cuộc");

        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.err()).doesNotContain("error:").contains("draft not yet reviewed");
        long drafts = built.err().lines().filter(l -> l.contains("draft not yet reviewed")).count();
        assertThat(drafts).isEqualTo(run.files().size() - 1);
    }

    @Test
    void leavesOutTheSiteChromeAndWritesNoCaptionTwice(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        run.importFrom(ImportRun.fixture(PAGE).toString());
        String all = run.allText();
        for (String chrome : List.of("Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất", "Trang chủ",
                "Quảng cáo", "Bạn đọc gửi ý kiến", "Cơ quan chủ quản", "Từ khóa", "Chia sẻ", "dataLayer",
                "Đăng ký nhận tin", "Giao ban công tác")) {
            assertThat(all).as(chrome).doesNotContainIgnoringCase(chrome);
        }
        for (String caption : List.of("Giám đốc Sở Giáo dục - Đào tạo Hà Nội phát biểu đề dẫn tại Hội nghị",
                "Các ý kiến phát biểu tại Hội nghị", "Phó Bí thư Thành ủy Hà Nội phát biểu kết luận tại Hội nghị",
                "Trưởng Ban Tổ chức Thành ủy Hà Nội phát biểu tại Hội nghị")) {
            assertThat(all).as(caption).doesNotContain(caption);
        }
        assertThat(all.split("Phát biểu đề dẫn tại Hội nghị, đồng chí Trần Thế Cương", -1)).hasSize(2);
    }

    @Test
    void reusesThePeopleAndOrganizationsTheSiteAlreadyHas(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir).withSampleContent();
        List<String> before = run.files();
        ImportRun.Result imported = run.importFrom(ImportRun.fixture(PAGE).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        List<String> added = run.files().stream().filter(f -> !before.contains(f)).toList();
        assertThat(added).noneMatch(f -> f.startsWith("people/") || f.startsWith("organizations/"));
        assertThat(imported.out()).contains("people/tran-the-cuong.yaml", "organizations/ban-tuyen-giao-thanh-uy-ha-noi.yaml");
        String task = added.stream().filter(f -> f.startsWith("tasks/chi-dao")).findFirst().orElseThrow();
        assertThat(run.read(task)).contains("assignee: ban-tuyen-giao-thanh-uy-ha-noi");
        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
    }

    @Test
    void importingTwiceWritesNothingNewAndChangesNoFile(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        run.importFrom(ImportRun.fixture(PAGE).toString());
        List<String> first = run.files();
        String all = run.allText();
        ImportRun.Result again = run.importFrom(ImportRun.fixture(PAGE).toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).doesNotContain("created:").contains("left unchanged");
        assertThat(run.files()).isEqualTo(first);
        assertThat(run.allText()).isEqualTo(all);
    }

    @Test
    void neverOverwritesAFileAnEditorHasWritten(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        run.write("people/vu-duc-bao.yaml", "name: \"Vũ Đức Bảo\"\nbio: \"Viết tay.\"\n");
        run.importFrom(ImportRun.fixture(PAGE).toString());
        assertThat(run.read("people/vu-duc-bao.yaml")).isEqualTo("name: \"Vũ Đức Bảo\"\nbio: \"Viết tay.\"\n");
        assertThat(run.files()).doesNotContain("people/vu-duc-bao-2.yaml");
        assertThat(Optional.of(run.build().exit())).contains(0);
    }
}
