package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures in each report's own number format, with labels that read as phrases; what is not a figure. */
class FigurePatternsTest {
    private static List<String> figures(String lang, String... blocks) {
        Draft draft = ImportRun.draftOf(ImportRun.page(lang, "Bản tin", blocks));
        return draft.figures().stream().map(f -> f.value().stripTrailingZeros().toPlainString()
                + f.unit().map(u -> " " + u).orElse("") + " | " + f.label()).toList();
    }

    @Test
    void readsVietnameseNumbersAmountsAndShares() {
        assertThat(figures("vi", "Năm 2024, toàn tỉnh có 3.412 doanh nghiệp thành lập mới, tổng thu ngân sách đạt hơn "
                + "12.580 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2,15%, kim ngạch xuất khẩu ước đạt 1,8 tỷ USD.")).containsExactly(
                "3412 | Doanh nghiệp thành lập mới", "12580 tỷ đồng | Tổng thu ngân sách",
                "2.15 % | Tỷ lệ hộ nghèo giảm", "1.8 tỷ USD | Kim ngạch xuất khẩu");
    }

    @Test
    void readsEnglishNumbersAmountsSharesAndSpelledCounts() {
        assertThat(figures("en", "The province now hosts 1,245 foreign-invested projects with a total capital of "
                + "US$4.2 billion, while exports grew 12.5% and three industrial parks opened.")).containsExactly(
                "1245 | Foreign-invested projects", "4.2 billion USD | Total capital",
                "12.5 % | Exports grew", "3 | Industrial parks");
    }

    @Test
    void readsRanksInBothLanguages() {
        assertThat(figures("vi", "Chỉ số năng lực cạnh tranh của tỉnh xếp thứ 7 cả nước.")).containsExactly(
                "7 | Chỉ số năng lực cạnh tranh của tỉnh: thứ hạng cả nước");
        assertThat(figures("en", "The port is now the second largest container hub in the region.")).containsExactly(
                "2 | Port: rank — second largest container hub");
    }

    @Test
    void cutsALabelAtTheNextNumberNotAtADot() {
        assertThat(figures("vi", "Hội nghị có hơn 150 đại biểu đại diện cho gần 3.000 hội viên trong toàn huyện."))
                .containsExactly("150 | Đại biểu đại diện", "3000 | Hội viên");
    }

    @Test
    void takesNoDateYearTermFloorAddressOrdinalOrDocumentNumber() {
        assertThat(figures("vi", "Hội nghị diễn ra tại tầng 3 Huyện ủy, số 12 đường Lê Lợi, sáng 15/9/2025.",
                "Đại hội Đảng bộ huyện lần thứ XV, nhiệm kỳ 2025-2030 thực hiện Nghị quyết 57 của Bộ Chính trị.",
                "Trong 9 tháng đầu năm 2025, tỉnh đã hoàn thành kế hoạch đề ra.")).isEmpty();
        assertThat(figures("en", "The meeting was held on September 15 in Room 301 under Resolution 45 for the "
                + "2025-2030 term.")).isEmpty();
    }

    @Test
    void takesNoRecurringTargetOfATaskForAnEventFigure() {
        assertThat(figures("vi", "Đồng chí giao Huyện đoàn mỗi năm tổ chức ít nhất 2 lớp bồi dưỡng kỹ năng cho "
                + "đoàn viên.")).isEmpty();
    }

    @Test
    void citesAFigureOnceWhenTheReportRepeatsIt() {
        assertThat(figures("en", "The ministry reviewed 18 projects this year.", "The report on the 18 projects "
                + "will be sent to the government.")).containsExactly("18 | Projects");
    }
}
