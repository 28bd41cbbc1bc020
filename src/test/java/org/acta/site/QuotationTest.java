package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task traced to the sentence that assigned it ({@code quote:}): the task page quotes it and links
 * to its place in the speech; the speech page marks it, links it to the task and says the task's
 * status; words the speech does not say are a warning at the task's line.
 */
class QuotationTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("events/hn/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n")
                .write("people/phong.yaml", "name: Nguyễn Văn Phong\n")
                .write("organizations/btg.yaml", "name: Ban Tuyên giáo\n")
                .write("events/hn/kl.md", """
                        ---
                        title: Kết luận
                        speaker: phong
                        role: conclusion
                        ---
                        Đồng chí giao [Ban Tuyên giáo](/organizations/btg/) chỉ đạo các trung tâm
                        mỗi năm mở **ít nhất 2 lớp** bồi dưỡng cho học sinh. Các đơn vị báo cáo.

                        Trong mã, `cải tiến chương trình học` không được đánh dấu.

                        ## Giao nhiệm vụ

                        Đồng chí nhấn mạnh: tổng kết việc tạo nguồn. Xem [tổng kết việc tạo nguồn ở các
                        trường](https://example.org/bao-cao).

                        ## Phần khác

                        Tổng kết việc tạo nguồn.
                        """);
    }

    private void task(String id, String fields) {
        site.write("tasks/" + id + ".md", "---\ntitle: Việc " + id + "\nevent: hn\nassignee: btg\n" + fields
                + "---\nChi tiết.\n");
    }

    @Test
    void theTaskPageQuotesTheWordsAndLinksToTheirMarkOnTheSpeechPage() {
        task("mo-lop", """
                speech: kl
                quote: "Chỉ đạo các trung tâm mỗi năm mở ít nhất 2 lớp bồi dưỡng cho học sinh."
                due: 2024-12
                updates:
                  - date: 2024-06-01
                    note: Đang chuẩn bị
                    status: in-progress
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).isEmpty();

        Element quote = site.page("tasks/mo-lop/").selectFirst("figure.task-quote");
        assertThat(quote.selectFirst("blockquote").text())
                .isEqualTo("Chỉ đạo các trung tâm mỗi năm mở ít nhất 2 lớp bồi dưỡng cho học sinh.");
        assertThat(quote.selectFirst("figcaption").text()).isEqualTo("Lời giao nhiệm vụ: Nguyễn Văn Phong, Kết luận");
        assertThat(quote.selectFirst("figcaption a").attr("href")).isEqualTo("../../events/hn/kl/#quote-mo-lop");

        Document speech = site.page("events/hn/kl/");
        List<Element> marks = speech.select("mark.quoted");
        assertThat(marks).extracting(Element::text).as("one mark a piece of text, across the emphasis")
                .containsExactly("chỉ đạo các trung tâm mỗi năm mở", "ít nhất 2 lớp", "bồi dưỡng cho học sinh");
        assertThat(marks.get(0).id()).isEqualTo("quote-mo-lop");
        assertThat(marks.get(1).parent().tagName()).isEqualTo("strong");
        Element link = speech.selectFirst("a.quote-task");
        assertThat(link.text()).isEqualTo("Nhiệm vụ: Đang thực hiện · Quá hạn");
        assertThat(link.attr("href")).isEqualTo("../../../tasks/mo-lop/");
        assertThat(link.attr("title")).isEqualTo("Việc mo-lop");
        assertThat(link.classNames()).contains("status-overdue");
        assertThat(link.previousSibling().toString()).as("after the sentence's full stop").isEqualTo(". ");
        assertThat(link.parent().text()).as("the text of the speech is as written, the link added")
                .isEqualTo("Đồng chí giao Ban Tuyên giáo chỉ đạo các trung tâm mỗi năm mở ít nhất 2 lớp bồi dưỡng "
                        + "cho học sinh. Nhiệm vụ: Đang thực hiện · Quá hạn Các đơn vị báo cáo.");
    }

    @Test
    void aHeadingKeepsTheSearchToItsPartAndWordsInALinkGetTheirTaskLinkAfterIt() {
        task("tao-nguon", """
                speech: kl
                quote:
                  text: "tổng kết việc tạo nguồn ở các trường"
                  heading: "Giao nhiệm vụ"
                status: done
                updates:
                  - date: 2024-06-01
                    note: Xong
                    status: done
                    evidence: https://example.org/xong
                """);
        task("phan-khac", """
                speech: kl
                quote: {text: "Tổng kết việc tạo nguồn", heading: "Phần khác"}
                """);
        assertThat(site.build().errLines()).isEmpty();
        Document speech = site.page("events/hn/kl/");
        Element first = speech.getElementById("quote-tao-nguon");
        assertThat(first.parent().tagName()).as("marked inside the editor's link").isEqualTo("a");
        Element link = speech.selectFirst("a.quote-task[href$=tasks/tao-nguon/]");
        assertThat(link.parent().tagName()).as("links do not nest").isEqualTo("p");
        assertThat(link.previousElementSibling().attr("href")).isEqualTo("https://example.org/bao-cao");
        assertThat(link.text()).isEqualTo("Nhiệm vụ: Đã hoàn thành");
        Element other = speech.getElementById("quote-phan-khac");
        assertThat(other.text()).as("the same words under the other heading").isEqualTo("Tổng kết việc tạo nguồn");
        assertThat(other.parent().previousElementSibling().id()).isEqualTo("phan-khac");
        assertThat(site.page("tasks/phan-khac/").selectFirst("figure.task-quote figcaption").text())
                .endsWith("(mục “Phần khác”)");
    }

    @Test
    void wordsTheSpeechDoesNotSayAreAWarningAndTheTaskLinksToTheHeadingOrTheSpeech() {
        task("trong-ma", "speech: kl\nquote: \"cải tiến chương trình học\"\n");
        task("sai-muc", "speech: kl\nquote:\n  text: \"chỉ tiêu mới\"\n  heading: \"Giao nhiem vu\"\n");
        task("dung-muc", "speech: kl\nquote:\n  text: \"không có câu này\"\n  heading: \"Phần khác\"\n");
        task("khong-bai", "quote: \"Các đơn vị báo cáo\"\n");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(
                site.warning("tasks/dung-muc.md", 6, "the words of 'quote' are not in the speech's text under the "
                        + "heading 'Phần khác': 'không có câu này'; copy them as the speech has them"),
                site.warning("tasks/khong-bai.md", 5, "'quote' gives the words of the speech that assigned the task, "
                        + "but the task names no 'speech'; add the speech's id so that the quotation links to its "
                        + "place"),
                site.warning("tasks/sai-muc.md", 6, "'quote' is under the heading 'Giao nhiem vu', which the speech "
                        + "does not have; did you mean 'Giao nhiệm vụ'?"),
                site.warning("tasks/sai-muc.md", 6, "the words of 'quote' are not in the speech's text: 'chỉ tiêu "
                        + "mới'; copy them as the speech has them"),
                site.warning("tasks/trong-ma.md", 6, "the words of 'quote' are not in the speech's text: 'cải tiến "
                        + "chương trình học'; copy them as the speech has them"));
        Document speech = site.page("events/hn/kl/");
        assertThat(speech.select("mark")).as("text inside code is not marked").isEmpty();
        assertThat(speech.selectFirst("code").text()).isEqualTo("cải tiến chương trình học");
        assertThat(site.page("tasks/dung-muc/").selectFirst("figcaption a").attr("href"))
                .isEqualTo("../../events/hn/kl/#phan-khac");
        assertThat(site.page("tasks/trong-ma/").selectFirst("figcaption a").attr("href"))
                .isEqualTo("../../events/hn/kl/");
        Element alone = site.page("tasks/khong-bai/").selectFirst("figure.task-quote");
        assertThat(alone.select("a")).isEmpty();
        assertThat(alone.selectFirst("blockquote").text()).isEqualTo("Các đơn vị báo cáo");
    }

    @Test
    void theQuotationIsInTheJsonExport() throws Exception {
        task("mo-lop", "speech: kl\nquote: {text: \"Các đơn vị báo cáo\", heading: null}\n");
        assertThat(site.build().errLines()).isEmpty();
        com.fasterxml.jackson.databind.JsonNode task = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.read("tasks.json")).path("tasks").get(0);
        assertThat(task.path("quote").path("text").asText()).isEqualTo("Các đơn vị báo cáo");
        assertThat(task.path("quote").path("heading").isNull()).isTrue();
    }
}
