package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.acta.model.PartialDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of another shape, written for this suite: a provincial newspaper's layout (no
 * {@code <article>}, text in divs, the date in the sapo, captions in tables before the paragraphs,
 * a related-news box inside the article, in-read ads, comments).
 */
class ProvincialReportImportTest {
    static final String PAGE = "bac-ninh-cchc.html";
    static Draft draft;

    @BeforeAll
    static void read() throws Exception {
        Article article = ArticleExtractor.extract(Jsoup.parse(ImportRun.fixture(PAGE).toFile(), null));
        draft = ReportReader.read(article, List.of());
    }

    @Test
    void takesDateLocationAndOrganiserFromTheSapo() {
        assertThat(draft.article().published()).contains(java.time.LocalDate.of(2025, 3, 21));
        assertThat(draft.event().title())
                .isEqualTo("Hội nghị tổng kết công tác cải cách hành chính năm 2024, triển khai nhiệm vụ năm 2025");
        assertThat(draft.event().date()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 3, 21)));
        assertThat(draft.event().location()).contains("Hội trường UBND tỉnh");
        assertThat(draft.event().organizers()).containsExactly("Sở Nội vụ tỉnh Bắc Ninh");
        assertThat(draft.event().participants()).contains("Sở Tài chính", "Sở Kế hoạch và Đầu tư",
                "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "UBND các huyện, thị xã, thành phố");
    }

    @Test
    void recognisesReportDiscussionAndConclusionSpeakers() {
        assertThat(draft.speeches()).extracting(s -> s.speaker().map(Draft.Speaker::name).orElse("(đại biểu)"),
                Draft.Speech::role, s -> s.speaker().flatMap(Draft.Speaker::position).orElse("")).containsExactly(
                tuple("Nguyễn Hữu Thành", "keynote", "Giám đốc Sở Nội vụ"),
                tuple("Trần Minh Quang", "discussion", "Chủ tịch UBND huyện Tiên Du"),
                tuple("(đại biểu)", "discussion", ""),
                tuple("Lê Thị Hạnh", "conclusion", "Phó Chủ tịch UBND tỉnh Bắc Ninh"));
        assertThat(draft.speeches().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void readsPercentagesAndThousands() {
        assertThat(draft.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString(),
                f -> f.unit().orElse("")).containsExactly(tuple("126", ""), tuple("98.6", "%"), tuple("1245", ""),
                tuple("82.4", "%"), tuple("37", ""));
        assertThat(draft.figures().get(1).label()).isEqualTo("Tỷ lệ hồ sơ giải quyết đúng hạn");
    }

    @Test
    void makesTasksWithDeadlinePartnersAndYearlyTarget() {
        assertThat(draft.tasks()).extracting(Draft.Task::assignee).containsExactly("Sở Nội vụ", "Sở Tài chính",
                "UBND các huyện, thị xã, thành phố");
        Draft.Task plan = draft.tasks().get(0);
        assertThat(plan.due()).contains(PartialDate.ofMonth(2025, 6));
        assertThat(plan.partners()).containsExactly("Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh");
        assertThat(plan.title()).doesNotContain("quý II");
        Draft.Task training = draft.tasks().get(2);
        assertThat(training.recurrence()).contains("yearly");
        assertThat(training.target()).contains(new Draft.Target(new BigDecimal("3"), "lớp tập huấn nghiệp vụ mỗi năm"));
        assertThat(draft.requests()).anyMatch(r -> r.addressee().equals("các sở, ngành")
                && r.text().startsWith("các sở, ngành rà soát, cắt giảm thủ tục hành chính"));
    }

    @Test
    void draftBuildsWithoutChromeAndReusesThePositionsOrganizations(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        ImportRun.Result imported = run.importFrom(ImportRun.fixture(PAGE).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        String all = run.allText();
        for (String chrome : List.of("Tin liên quan", "Bình luận", "Đọc nhiều", "Hotline", "Quảng cáo", "adsbygoogle",
                "Giấy phép", "đứng thứ 5 cả nước", "Mong tỉnh sớm số hóa", "Tags:")) {
            assertThat(all).as(chrome).doesNotContain(chrome);
        }
        assertThat(run.files()).contains("people/le-thi-hanh.yaml", "organizations/ubnd-tinh.yaml",
                "organizations/so-noi-vu-tinh-bac-ninh.yaml");
        assertThat(run.files()).doesNotContain("organizations/so-noi-vu.yaml", "organizations/ubnd-tinh-bac-ninh.yaml");
        assertThat(run.read("people/le-thi-hanh.yaml")).contains("organization: ubnd-tinh\n");
        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.err()).doesNotContain("error:");
    }
}
