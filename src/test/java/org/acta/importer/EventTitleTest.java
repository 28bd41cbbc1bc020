package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.acta.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The event's title: the headline's name, else the first sentence's, else the headline or a made-up one to confirm. */
class EventTitleTest {
    @Test
    void takesTheNameTheHeadlineGives() {
        Draft draft = ImportRun.draftOf(ImportRun.page("vi", "Hội nghị tổng kết công tác xây dựng Đảng năm 2025",
                "Sáng 18/9, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị với sự tham dự của 200 đại biểu."));
        assertThat(draft.event().title()).isEqualTo("Hội nghị tổng kết công tác xây dựng Đảng năm 2025");
        assertThat(draft.event().titleSource()).isEqualTo(Draft.TitleSource.HEADLINE);
    }

    @Test
    void takesTheFirstSentenceThatNamesTheMeetingNotALaterOne() {
        Draft draft = ImportRun.draftOf(ImportRun.page("vi", "Nhiều giải pháp nâng cao chất lượng tín dụng chính sách",
                "Chiều 18/9, Ngân hàng Chính sách xã hội huyện tổ chức Hội nghị triển khai nhiệm vụ năm 2026.",
                "Hội nghị có đồng chí Bùi Thị Mận, Phó Chủ tịch UBND huyện cùng đại diện các xã tham dự đầy đủ.",
                "Hội nghị xác định tiếp tục nâng cao chất lượng hoạt động của các tổ tiết kiệm và vay vốn."));
        assertThat(draft.event().title()).isEqualTo("Hội nghị triển khai nhiệm vụ năm 2026");
        assertThat(draft.event().titleSource()).isEqualTo(Draft.TitleSource.TEXT);
        assertThat(draft.event().date()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 9, 18)));
        assertThat(draft.event().location()).isEmpty();
    }

    @Test
    void keepsTheHeadlineForTheEditorWhenNoSentenceNamesTheMeeting() {
        Draft draft = ImportRun.draftOf(ImportRun.page("vi", "Tập trung hoàn thành các chỉ tiêu cuối năm",
                "Tại cuộc họp, các đại biểu đã nghe báo cáo tình hình thực hiện các chỉ tiêu kinh tế - xã hội."));
        assertThat(draft.event().title()).isEqualTo("Tập trung hoàn thành các chỉ tiêu cuối năm");
        assertThat(draft.event().titleSource()).isEqualTo(Draft.TitleSource.HEADLINE_ONLY);
    }

    @Test
    void makesATitleToConfirmWhenThereIsNeitherHeadlineNorName() {
        Draft draft = ImportRun.draftOf(ImportRun.page("vi", "", "Chiều 18/9, tại cuộc họp, lãnh đạo xã đã nghe "
                + "báo cáo tiến độ xây dựng nông thôn mới."));
        assertThat(draft.event().title()).isEqualTo("Cuộc họp ngày 18/9/2025");
        assertThat(draft.event().titleSource()).isEqualTo(Draft.TitleSource.MADE_UP);
    }

    @Test
    void readsTheEnglishNameOfTheMeetingAndItsOrganisers() {
        Draft draft = ImportRun.draftOf(ImportRun.page("en", "Green growth high on the agenda",
                "On September 18, the Provincial Department of Planning and Investment (DPI), in cooperation with "
                        + "the Korea Trade Agency (KOTRA), organised the 2025 Green Growth Forum."));
        assertThat(draft.event().title()).isEqualTo("2025 Green Growth Forum");
        assertThat(draft.event().organizers()).containsExactly("Provincial Department of Planning and Investment (DPI)",
                "Korea Trade Agency (KOTRA)");
        assertThat(draft.event().date()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 9, 18)));
    }

    @Test
    void takesBothOrganisersOfAPairInVietnamese() {
        Draft draft = ImportRun.draftOf(ImportRun.page("vi", "Kết nối doanh nghiệp",
                "Ngày 18/9, Sở Công Thương phối hợp Hiệp hội Doanh nghiệp tỉnh tổ chức Hội thảo kết nối cung cầu "
                        + "nông sản năm 2025."));
        assertThat(draft.event().organizers()).containsExactly("Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh");
        assertThat(draft.event().title()).isEqualTo("Hội thảo kết nối cung cầu nông sản năm 2025");
    }

    @Test
    void namesANumberedSessionEvenAfterTaiAndTakesNoPlaceFromIt() {
        Draft draft = ImportRun.draftOf(ImportRun.page("vi", "Trả lời kiến nghị của cử tri",
                "Sáng 10/7, tại Kỳ họp thứ 9 HĐND huyện khóa VII; thay mặt UBND huyện, đồng chí Lương Văn Quý, Phó Chủ "
                        + "tịch UBND huyện trình bày tóm tắt báo cáo giải quyết kiến nghị của cử tri."));
        assertThat(draft.event().title()).isEqualTo("Kỳ họp thứ 9 HĐND huyện khóa VII");
        assertThat(draft.event().location()).isEmpty();
        assertThat(ImportRun.speeches(draft)).containsExactly("Lương Văn Quý | keynote | Phó Chủ tịch UBND huyện");
    }
}
