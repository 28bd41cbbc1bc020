package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.acta.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Assignments as reports state them, anywhere in the report, in sentences written for this suite. */
class AssignmentPatternsTest {
    private static Draft vi(String... blocks) {
        return ImportRun.draftOf(ImportRun.page("vi", "Huyện triển khai nhiệm vụ trọng tâm", blocks));
    }

    private static Draft en(String... blocks) {
        return ImportRun.draftOf(ImportRun.page("en", "Province sets its priorities", blocks));
    }

    private static List<String> tasks(Draft draft) {
        return draft.tasks().stream().map(t -> t.assignee() + " | " + t.title()).toList();
    }

    @Test
    void makesOneTaskForEachBodyOfAListInOneSentence() {
        Draft draft = vi("Kết luận hội nghị, đồng chí Phan Văn Mười, Bí thư Huyện ủy giao Ban Tổ chức Huyện ủy rà soát "
                + "quy hoạch cán bộ; Ban Tuyên giáo Huyện ủy tổ chức học tập nghị quyết; Ủy ban kiểm tra Huyện ủy theo "
                + "dõi việc giải quyết đơn thư; Văn phòng Huyện ủy chuẩn bị tài liệu phục vụ hội nghị.");
        assertThat(tasks(draft)).containsExactly("Ban Tổ chức Huyện ủy | Rà soát quy hoạch cán bộ",
                "Ban Tuyên giáo Huyện ủy | Tổ chức học tập nghị quyết",
                "Ủy ban kiểm tra Huyện ủy | Theo dõi việc giải quyết đơn thư",
                "Văn phòng Huyện ủy | Chuẩn bị tài liệu phục vụ hội nghị");
        assertThat(draft.tasks()).allSatisfy(t -> assertThat(t.speech()).contains(0));
    }

    @Test
    void findsAssignmentsOutsideTheSpeechesAndReadsTheirDeadlines() {
        Draft draft = vi("Sáng 18/9, UBND huyện tổ chức hội nghị triển khai nhiệm vụ quý IV.",
                "Đồng chí Lâm Văn Chín, Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị.",
                "Hội nghị thống nhất giao Phòng Tài nguyên và Môi trường hoàn thành cấp giấy chứng nhận quyền sử dụng "
                        + "đất trước ngày 30/11/2025.",
                "Hội nghị cũng giao Phòng Kinh tế xây dựng kế hoạch chống hạn trong quý I năm 2026; giao Phòng Nội vụ "
                        + "sắp xếp lại các thôn trước ngày 15/10.");
        assertThat(draft.tasks()).extracting(Draft.Task::assignee, Draft.Task::due, Draft.Task::speech).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Phòng Tài nguyên và Môi trường",
                        Optional.of(PartialDate.of(java.time.LocalDate.of(2025, 11, 30))), Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("Phòng Kinh tế", Optional.of(PartialDate.ofMonth(2026, 3)),
                        Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("Phòng Nội vụ",
                        Optional.of(PartialDate.of(java.time.LocalDate.of(2025, 10, 15))), Optional.empty()));
        assertThat(draft.tasks().get(1).title()).isEqualTo("Xây dựng kế hoạch chống hạn");
    }

    @Test
    void readsARequestWithACommaAfterTheVerbAndListsGroupsThatNameNoBody() {
        Draft draft = vi("Phát biểu kết luận, đồng chí Tôn Thất Hiếu, Phó Bí thư Thường trực Tỉnh ủy đề nghị, các Đảng "
                + "ủy trực thuộc khẩn trương kiện toàn cấp ủy.", "Đồng chí yêu cầu các cấp, các ngành tập trung khắc "
                + "phục hậu quả mưa lũ, sớm ổn định đời sống nhân dân.");
        assertThat(draft.tasks()).isEmpty();
        assertThat(draft.requests()).extracting(Draft.Request::addressee).containsExactly("các Đảng ủy trực thuộc",
                "các cấp, các ngành");
        assertThat(draft.requests().get(1).text()).isEqualTo("các cấp, các ngành tập trung khắc phục hậu quả mưa lũ, "
                + "sớm ổn định đời sống nhân dân.");
        assertThat(draft.requests()).allSatisfy(r -> assertThat(r.speech()).contains(0));
    }

    @Test
    void takesNoQuotaOrRequirementForARequest() {
        Draft draft = vi("Năm 2025, huyện hoàn thành 100% chỉ tiêu giao quân, đáp ứng yêu cầu nhiệm vụ trong tình hình "
                + "mới.", "Các xã đã bàn giao mặt bằng đúng tiến độ theo đề nghị của chủ đầu tư.");
        assertThat(draft.tasks()).isEmpty();
        assertThat(draft.requests()).isEmpty();
    }

    @Test
    void readsPartnersAndRecurringTargets() {
        Draft draft = vi("Đồng chí Chủ tịch giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng, UBND "
                + "thành phố rà soát quỹ đất tái định cư; đề nghị Tỉnh đoàn mỗi năm tổ chức ít nhất 4 đợt ra quân "
                + "tình nguyện.");
        assertThat(draft.tasks()).extracting(Draft.Task::assignee).containsExactly("Sở Tài nguyên và Môi trường",
                "Tỉnh đoàn");
        assertThat(draft.tasks().get(0).partners()).containsExactly("Sở Xây dựng", "UBND thành phố");
        assertThat(draft.tasks().get(1).recurrence()).contains("yearly");
        assertThat(draft.tasks().get(1).target()).contains(new Draft.Target(new java.math.BigDecimal("4"),
                "đợt ra quân tình nguyện mỗi năm"));
    }

    @Test
    void readsEnglishAssignmentsWithDeadlinesAndListsGroups() {
        Draft draft = en("The ministry assigned the Department of Trade Promotion to work with localities to organise "
                + "a regional fair before October 15.", "Deputy Minister Do Thanh Tung asked ministries and sectors "
                + "to report the results within this month.", "The committee also requested that the Provincial "
                + "People's Committee review the land prices.");
        assertThat(tasks(draft)).containsExactly(
                "Department of Trade Promotion | Work with localities to organise a regional fair",
                "Provincial People's Committee | Review the land prices");
        assertThat(draft.tasks().get(0).due()).contains(PartialDate.of(java.time.LocalDate.of(2025, 10, 15)));
        assertThat(draft.requests()).extracting(Draft.Request::addressee).containsExactly("ministries and sectors");
    }

    @Test
    void readsRequestsInThePassiveAndTwoBodiesJoinedByAnd() {
        Draft draft = en("Prime Minister Pham Van Long on Tuesday requested the Ministry of Finance and the State Bank "
                + "of Vietnam to submit a credit package by March 31.", "Ministries and sectors were asked to remove "
                + "obstacles for the key projects.");
        assertThat(tasks(draft)).containsExactly("Ministry of Finance | Submit a credit package");
        assertThat(draft.tasks().get(0).partners()).containsExactly("State Bank of Vietnam");
        assertThat(draft.requests()).extracting(Draft.Request::addressee).containsExactly("Ministries and sectors");
        assertThat(ImportRun.speeches(draft)).containsExactly("Pham Van Long | remarks | Prime Minister");

        Draft vi = vi("Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Đoàn Minh Tuấn đề nghị Bộ Công Thương sớm hướng dẫn thủ "
                + "tục cho các dự án điện.", "Theo kết luận, Sở Y tế được giao chủ trì xây dựng đề án nâng cao chất "
                + "lượng trạm y tế xã.");
        assertThat(tasks(vi)).containsExactly("Bộ Công Thương | Sớm hướng dẫn thủ tục cho các dự án điện",
                "Sở Y tế | Chủ trì xây dựng đề án nâng cao chất lượng trạm y tế xã");
    }

    @Test
    void readsPhatTrienAsPartOfABodysNameOnlyWhenItIsCapitalised() {
        Draft draft = vi("Đồng chí Mai Văn Tùng, Phó Chủ tịch UBND huyện giao Phòng Nông nghiệp và Phát triển nông thôn "
                + "hướng dẫn nông dân chuyển đổi cây trồng; đề nghị Phòng Kinh tế phát triển thêm hai chợ đầu mối.");
        assertThat(tasks(draft)).containsExactly(
                "Phòng Nông nghiệp và Phát triển nông thôn | Hướng dẫn nông dân chuyển đổi cây trồng",
                "Phòng Kinh tế | Phát triển thêm hai chợ đầu mối");
    }
}
