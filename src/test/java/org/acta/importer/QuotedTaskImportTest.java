package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task drafted from a speech quotes the words that assigned it ({@code quote:}), as the drafted
 * speech has them, so that a preview of the draft marks them on the speech page with no warning; a
 * task the report states outside any speech quotes its sentence in its body instead. Sentences
 * written for this suite.
 */
class QuotedTaskImportTest {
    private static final String EVENT = "events/hoi-nghi-so-ket-cong-tac-phong-chong-thien-tai-9-thang-nam-2025/";
    private static final String TODO_VI = "    # TODO: lời giao nhiệm vụ, đúng như trong phát biểu; xác nhận, và nếu sửa câu "
            + "này trong phát biểu thì sửa cả ở đây\n";
    private static final String NOTICE = "> **Bản nháp** — nhập tự động từ bản tin “Thị xã Bình Minh sơ kết công tác "
            + "phòng chống thiên tai”, chưa được biên tập viên kiểm tra.\n";
    private static final String REPORT = ImportRun.page("vi", "Thị xã Bình Minh sơ kết công tác phòng chống thiên tai",
            "Sáng 12/10, UBND thị xã Bình Minh tổ chức Hội nghị sơ kết công tác phòng chống thiên tai 9 tháng năm 2025.",
            "Hội nghị thống nhất giao Phòng Tài chính - Kế hoạch bố trí kinh phí sửa chữa kè sông Cái trước ngày "
                    + "30/11/2025.",
            "Phát biểu kết luận, đồng chí Đỗ Minh Khang, Chủ tịch UBND thị xã ghi nhận kết quả đạt được. Đồng chí đề "
                    + "nghị Phòng Quản lý đô thị công bố bản đồ ngập lụt &amp; các điểm sơ tán “an toàn” tại "
                    + "www.binhminh.example.vn/ban_do trước ngày 15/11.",
            "Đồng chí giao Phòng Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa xung yếu; Ban Chỉ huy Quân sự "
                    + "thị xã diễn tập cứu hộ *trên sông* cho lực lượng xung kích.");

    private static ImportRun imported(Path dir, String html) throws Exception {
        ImportRun run = new ImportRun(dir);
        Path page = dir.resolve("bao-cao.html");
        Files.writeString(page, html);
        ImportRun.Result result = run.importFrom(page.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        return run;
    }

    /** The build's warnings other than the one each draft file gets. */
    private static java.util.List<String> otherWarnings(ImportRun.Result built) {
        return built.err().lines().filter(l -> !l.contains(": warning: draft not yet reviewed, shown marked as a draft"))
                .toList();
    }

    @Test
    void aTaskFromASpeechQuotesItsSentenceAsTheSpeechHasItAndItsBodyHoldsOnlyTheNotice(@TempDir Path dir)
            throws Exception {
        ImportRun run = imported(dir, REPORT);
        String task = run.read("tasks/cong-bo-ban-do-ngap-lut-cac-diem-so-tan-an-toan-tai-www.md");
        assertThat(task).contains("event: hoi-nghi-so-ket-cong-tac-phong-chong-thien-tai-9-thang-nam-2025\n"
                + "speech: ket-luan\n"
                + "quote: \"Đồng chí đề nghị Phòng Quản lý đô thị công bố bản đồ ngập lụt & các điểm sơ tán “an toàn” "
                + "tại www.binhminh.example.vn/ban_do trước ngày 15/11.\"" + TODO_VI
                + "assigned_by: do-minh-khang\n");
        assertThat(task).endsWith("status: open\n---\n\n" + NOTICE);
        assertThat(run.read(EVENT + "ket-luan.md")).as("the web address as written, the rest escaped")
                .contains("đồ ngập lụt \\& các điểm sơ tán “an toàn” tại www.binhminh.example.vn/ban_do trước",
                        "diễn tập cứu hộ \\*trên sông\\* cho");
    }

    @Test
    void tasksMadeInOneSentenceEachQuoteTheirOwnClause(@TempDir Path dir) throws Exception {
        ImportRun run = imported(dir, REPORT);
        assertThat(run.read("tasks/ra-soat-cac-ho-chua-xung-yeu.md")).contains("speech: ket-luan\nquote: \"Phòng Nông "
                + "nghiệp và Phát triển nông thôn rà soát các hồ chứa xung yếu\"" + TODO_VI,
                "assignee: phong-nong-nghiep-va-phat-trien-nong-thon    # TODO");
        assertThat(run.read("tasks/dien-tap-cuu-ho-tren-song-cho-luc-luong-xung-kich.md")).contains("quote: \"Ban Chỉ "
                + "huy Quân sự thị xã diễn tập cứu hộ *trên sông* cho lực lượng xung kích\"" + TODO_VI);
    }

    @Test
    void aTaskTheReportStatesOutsideAnySpeechQuotesItsSentenceInItsBody(@TempDir Path dir) throws Exception {
        ImportRun run = imported(dir, REPORT);
        String task = run.read("tasks/bo-tri-kinh-phi-sua-chua-ke-song-cai.md");
        assertThat(task).doesNotContain("quote:", "speech:");
        assertThat(task).endsWith("status: open\n---\n\n" + NOTICE + "\nNhiệm vụ nêu trong bản tin. Bản tin viết:\n\n"
                + "> Hội nghị thống nhất giao Phòng Tài chính - Kế hoạch bố trí kinh phí sửa chữa kè sông Cái trước ngày "
                + "30/11/2025.\n");
    }

    @Test
    void thePreviewOfTheDraftMarksEachQuotedSentenceOnTheSpeechPageWithNoWarning(@TempDir Path dir) throws Exception {
        ImportRun run = imported(dir, REPORT);
        ImportRun.Result built = run.build("--drafts");
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(otherWarnings(built)).isEmpty();

        Document speech = run.page(EVENT + "ket-luan/");
        assertThat(speech.select("mark.quoted")).extracting(Element::text).as("one mark a piece of text, across the link")
                .containsExactly("Đồng chí đề nghị Phòng Quản lý đô thị công bố bản đồ ngập lụt & các điểm sơ tán "
                                + "“an toàn” tại", "www.binhminh.example.vn/ban_do", "trước ngày 15/11",
                        "Phòng Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa xung yếu",
                        "Ban Chỉ huy Quân sự thị xã diễn tập cứu hộ *trên sông* cho lực lượng xung kích");
        assertThat(speech.select("mark.quoted[id]")).extracting(Element::id).containsExactly(
                "quote-cong-bo-ban-do-ngap-lut-cac-diem-so-tan-an-toan-tai-www", "quote-ra-soat-cac-ho-chua-xung-yeu",
                "quote-dien-tap-cuu-ho-tren-song-cho-luc-luong-xung-kich");
        assertThat(speech.select("a.quote-task")).extracting(a -> a.attr("href")).containsExactly(
                "../../../tasks/cong-bo-ban-do-ngap-lut-cac-diem-so-tan-an-toan-tai-www/",
                "../../../tasks/ra-soat-cac-ho-chua-xung-yeu/",
                "../../../tasks/dien-tap-cuu-ho-tren-song-cho-luc-luong-xung-kich/");
        assertThat(speech.selectFirst("a[href*=binhminh]").attr("href"))
                .as("the address is a link as the report wrote it, with no escape in it")
                .isEqualTo("http://www.binhminh.example.vn/ban_do");
        Element second = speech.getElementById("quote-ra-soat-cac-ho-chua-xung-yeu").parent();
        assertThat(second.text()).as("the speech's text as the report has it, each task's link after its clause")
                .isEqualTo("Đồng chí giao Phòng Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa xung yếu; "
                        + "Nhiệm vụ: Chưa thực hiện Ban Chỉ huy Quân sự thị xã diễn tập cứu hộ *trên sông* cho lực "
                        + "lượng xung kích. Nhiệm vụ: Chưa thực hiện");

        Element quote = run.page("tasks/ra-soat-cac-ho-chua-xung-yeu/").selectFirst("figure.task-quote");
        assertThat(quote.selectFirst("blockquote").text())
                .isEqualTo("Phòng Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa xung yếu");
        assertThat(quote.selectFirst("figcaption a").attr("href"))
                .isEqualTo("../../events/" + EVENT.substring(7) + "ket-luan/#quote-ra-soat-cac-ho-chua-xung-yeu");
    }

    @Test
    void anEnglishReportsTaskQuotesTheSpeechAndThePreviewMarksIt(@TempDir Path dir) throws Exception {
        ImportRun run = imported(dir, ImportRun.page("en", "Coastal town reviews its flood preparedness",
                "On October 12th, the People's Committee of Binh Minh town held a conference on flood preparedness.",
                "Concluding the meeting, Chairman Do Minh Khang asked the Department of Construction to publish the "
                        + "flood map of the town before November 30."));
        assertThat(run.read("tasks/publish-the-flood-map-of-the-town.md")).contains("speech: "
                + "concluding-remarks-do-minh-khang\nquote: \"Concluding the meeting, Chairman Do Minh Khang asked the "
                + "Department of Construction to publish the flood map of the town before November 30.\"    # TODO: the "
                + "words that assigned it, as the speech has them; confirm them, and if you change them in the speech, "
                + "change them here too\n");
        ImportRun.Result built = run.build("--drafts");
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(otherWarnings(built)).isEmpty();
        Element mark = run.page("events/conference-on-flood-preparedness/concluding-remarks-do-minh-khang/")
                .getElementById("quote-publish-the-flood-map-of-the-town");
        assertThat(mark.text()).isEqualTo("Concluding the meeting, Chairman Do Minh Khang asked the Department of "
                + "Construction to publish the flood map of the town before November 30");
        assertThat(mark.nextElementSibling().attr("href")).isEqualTo("../../../tasks/publish-the-flood-map-of-the-town/");
    }
}
