package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole small site, built with the command line and read as a reader would. */
class SiteBuildTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi-2024/index.md", """
                        ---
                        title: Hội nghị sơ kết công tác đảng viên
                        date: 2024-03
                        kind: Hội nghị
                        location: Hà Nội
                        organizers: [thanh-uy]
                        participants: [so-gddt]
                        chair: nguyen-van-a
                        documents: [ct-01]
                        tags: [Phát triển đảng viên, Trường học]
                        figures:
                          - label: Giáo viên
                            value: 138090
                          - label: Học sinh
                            value: 2.2
                            unit: triệu
                            note: trên 2,2 triệu
                          - label: Tỷ lệ
                            value: 10
                            unit: "%"
                        conclusions:
                          - "Cả **hệ thống chính trị** phải vào cuộc."
                        source:
                          title: Bản tin gốc
                          url: https://example.org/tin
                        ---
                        Tóm tắt hội nghị, xem [văn bản](/documents/ct-01/).
                        """)
                .write("events/hoi-nghi-2024/de-dan.md", """
                        ---
                        title: Đề dẫn hội nghị
                        speaker: nguyen-van-a
                        role: opening
                        order: 1
                        ---
                        ## Thực trạng đảng viên

                        Nội dung đề dẫn.

                        ## Đề nghị

                        Các đề nghị.
                        """)
                .write("events/hoi-nghi-2024/ket-luan.md", """
                        ---
                        title: Kết luận hội nghị
                        speaker: nguyen-van-a
                        role: conclusion
                        position: Bí thư (theo bản tin)
                        order: 3
                        ---
                        Kết luận.
                        """)
                .write("events/hoi-nghi-2024/thao-luan.md", """
                        ---
                        title: Ý kiến thảo luận
                        role: discussion
                        speaker_note: Các đại biểu
                        order: 2
                        ---
                        Các ý kiến.
                        """)
                .write("events/khong-ro-ngay/index.md", """
                        ---
                        title: Buổi làm việc không rõ ngày
                        date: unknown
                        date_note: Bản tin không ghi ngày.
                        ---
                        """)
                .write("events/khoang-2019/index.md", """
                        ---
                        title: Tọa đàm năm 2019
                        date: 2019~
                        ---
                        """)
                .write("people/nguyen-van-a.yaml", """
                        name: Nguyễn Văn A
                        positions:
                          - title: Phó Bí thư Thành ủy
                            organization: thanh-uy
                            from: 2020
                            to: 2023-12
                          - title: Bí thư Thành ủy
                            organization: thanh-uy
                            from: 2024-01
                        """)
                .write("organizations/thanh-uy.yaml", "name: Thành ủy Hà Nội\nshort_name: TU\n")
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục và Đào tạo\nparent: thanh-uy\n")
                .write("documents/ct-01.md", """
                        ---
                        title: Chương trình công tác
                        number: 01-Ctr/TU
                        issuer: thanh-uy
                        period: 2021–2025
                        ---
                        Tóm tắt chương trình.
                        """)
                .write("tasks/mo-lop.md", """
                        ---
                        title: Mở lớp bồi dưỡng
                        event: hoi-nghi-2024
                        speech: ket-luan
                        assigned_by: nguyen-van-a
                        assignee: so-gddt
                        partners: [thanh-uy]
                        due: 2024
                        ---
                        Chi tiết.
                        """)
                .write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\norder: 1\n---\nTrang giới thiệu.\n");
    }

    @Test
    void buildsEveryPageKind() {
        SiteFixture.Run run = site.build();
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("built ");
        for (String page : new String[] {"index.html", "events/index.html", "events/hoi-nghi-2024/index.html",
                "events/hoi-nghi-2024/de-dan/index.html", "people/index.html", "people/nguyen-van-a/index.html",
                "organizations/index.html", "organizations/thanh-uy/index.html", "documents/index.html",
                "documents/ct-01/index.html", "tags/index.html", "tags/phat-trien-dang-vien/index.html",
                "tasks/index.html", "tasks/mo-lop/index.html", "gioi-thieu/index.html", "404.html",
                "static/style.css", ".acta-site"}) {
            assertThat(site.exists(page)).as(page).isTrue();
        }
    }

    @Test
    void eventPageShowsItsProceedings() {
        site.build();
        Document page = site.page("events/hoi-nghi-2024/");
        assertThat(page.select("h1").text()).isEqualTo("Hội nghị sơ kết công tác đảng viên");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select(".facts").text()).contains("tháng 3/2024", "Hà Nội", "Thành ủy Hà Nội", "Nguyễn Văn A");
        assertThat(page.select("table.figures td").eachText()).containsExactly("138.090", "2,2 triệu", "10%");
        assertThat(page.select(".conclusions li").html()).contains("<strong>hệ thống chính trị</strong>");
        assertThat(page.select(".speeches > li > a").eachText())
                .containsExactly("Đề dẫn hội nghị", "Ý kiến thảo luận", "Kết luận hội nghị");
        assertThat(page.select(".speeches").text()).contains("Đề dẫn", "Các đại biểu", "Kết luận");
        assertThat(page.select(".tags a").eachAttr("href"))
                .containsExactly("../../tags/phat-trien-dang-vien/", "../../tags/truong-hoc/");
        assertThat(page.select(".prose a").attr("href")).isEqualTo("../../documents/ct-01/");
        assertThat(page.select(".source a").attr("href")).isEqualTo("https://example.org/tin");
        assertThat(page.select(".tasks").text()).contains("Mở lớp bồi dưỡng", "Quá hạn");
    }

    @Test
    void speakerPositionIsTheOneHeldOnTheEventDate() {
        site.build();
        Document event = site.page("events/hoi-nghi-2024/");
        // March 2024: the second position, not the one that ended in December 2023
        assertThat(event.select(".speeches > li").get(0).text()).contains("Nguyễn Văn A, Bí thư Thành ủy")
                .doesNotContain("Phó Bí thư");
        // a position stated on the speech wins
        assertThat(event.select(".speeches > li").get(2).text()).contains("Bí thư (theo bản tin)");
    }

    @Test
    void datesAreShownAtThePrecisionWritten() {
        site.build();
        Document events = site.page("events/");
        assertThat(events.select("h2").eachText()).containsExactly("2024", "2019", "Chưa rõ thời gian");
        assertThat(events.text()).contains("tháng 3/2024", "khoảng năm 2019");
        Document undated = site.page("events/khong-ro-ngay/");
        assertThat(undated.select(".facts").text()).contains("Chưa rõ ngày tổ chức", "Bản tin không ghi ngày.");
    }

    @Test
    void speechPageHasContentsAndNeighbours() {
        site.build();
        Document speech = site.page("events/hoi-nghi-2024/de-dan/");
        assertThat(speech.select("h2#thuc-trang-dang-vien")).hasSize(1);
        assertThat(speech.select(".toc a").eachAttr("href")).containsExactly("#thuc-trang-dang-vien", "#de-nghi");
        assertThat(speech.select("a[rel=next]").attr("href")).isEqualTo("../../../events/hoi-nghi-2024/thao-luan/");
        assertThat(speech.select(".facts").text()).contains("Nguyễn Văn A", "Bí thư Thành ủy", "tháng 3/2024");
    }

    @Test
    void reverseLinksReachEveryRelatedPage() {
        site.build();
        Document person = site.page("people/nguyen-van-a/");
        assertThat(person.select(".positions li").eachText())
                .containsExactly("Phó Bí thư Thành ủy, Thành ủy Hà Nội (năm 2020 – tháng 12/2023)",
                        "Bí thư Thành ủy, Thành ủy Hà Nội (tháng 1/2024 –)");
        assertThat(person.select(".speeches > li > a").eachText()).hasSize(2);
        assertThat(person.select(".tasks a").first().text()).isEqualTo("Mở lớp bồi dưỡng");
        Document org = site.page("organizations/thanh-uy/");
        assertThat(org.select("#organized + ul").text()).contains("Hội nghị sơ kết");
        assertThat(org.select("#partner ~ .task-group .tasks").text()).contains("Mở lớp bồi dưỡng");
        assertThat(org.select("#children + ul").text()).contains("Sở Giáo dục và Đào tạo");
        assertThat(org.select("#documents + ul").text()).contains("01-Ctr/TU");
        Document sgd = site.page("organizations/so-gddt/");
        assertThat(sgd.select("#lead ~ .task-group .tasks").text()).contains("Mở lớp bồi dưỡng");
        assertThat(sgd.select("#attended + ul").text()).contains("Hội nghị sơ kết");
        Document doc = site.page("documents/ct-01/");
        assertThat(doc.select(".cards").text()).contains("Hội nghị sơ kết");
        Document tag = site.page("tags/truong-hoc/");
        assertThat(tag.select("h1").text()).isEqualTo("Trường học");
        assertThat(tag.select(".cards a").text()).isEqualTo("Hội nghị sơ kết công tác đảng viên");
    }

    @Test
    void taskPageSaysWhatWasAssignedAndItsStatusOnTheAsOfDate() {
        site.build();
        Document task = site.page("tasks/mo-lop/");
        assertThat(task.select(".facts").text()).contains("Sở Giáo dục và Đào tạo", "Thành ủy Hà Nội", "Nguyễn Văn A",
                "Kết luận hội nghị", "năm 2024");
        assertThat(task.select(".badge").text()).isEqualTo("Chưa thực hiện · Quá hạn");
        assertThat(task.text()).contains("Tình trạng tính đến ngày 15/1/2025");
    }

    @Test
    void homeListsEventsAndMenuHasPages() {
        site.build();
        Document home = site.page("");
        assertThat(home.select("h1").text()).isEqualTo("Kỷ yếu thử");
        assertThat(home.select("nav a").eachText()).contains("Sự kiện", "Nhiệm vụ", "Giới thiệu");
        assertThat(home.select(".cards h3").eachText()).first().isEqualTo("Hội nghị sơ kết công tác đảng viên");
        assertThat(site.page("gioi-thieu/").select(".prose").text()).isEqualTo("Trang giới thiệu.");
    }

    @Test
    void notFoundPageLinksFromTheSiteRoot() {
        site.write("site.yaml", "title: T\nbase_url: https://example.org/kyyeu\n");
        site.build();
        Document page = site.page("404.html");
        assertThat(page.select("link[rel=stylesheet]").first().attr("href")).isEqualTo("/kyyeu/static/style.css");
    }

    @Test
    void escapesHtmlLookingTitlesEverywhere() {
        site.write("organizations/xss.yaml", "name: \"<script>alert(1)</script> & <b>Ban</b>\"\n");
        site.write("events/hoi-nghi-2024/index.md", site.source("events/hoi-nghi-2024/index.md")
                .replace("title: Hội nghị sơ kết công tác đảng viên", "title: \"<img src=x onerror=alert(1)>\"")
                .replace("participants: [so-gddt]", "participants: [so-gddt, xss]"));
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        String html = site.read("events/hoi-nghi-2024/index.html");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Ban&lt;/b&gt;");
        assertThat(html).doesNotContain("<img src=x", "<script>");
        Document page = site.page("events/hoi-nghi-2024/");
        assertThat(page.select("h1").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(site.read("index.html")).doesNotContain("<img src=x");
    }

    @Test
    void sanitisesRawHtmlAndWarnsWithFileAndLine() {
        site.write("pages/gioi-thieu.md", """
                ---
                title: Giới thiệu
                ---
                Đoạn đầu.

                <script>alert(1)</script>

                <span lang="en" onclick="steal()">Hello</span>
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(
                site.path("pages/gioi-thieu.md") + ":6: warning: removed <script> element: scripts are not allowed in content",
                site.path("pages/gioi-thieu.md") + ":8: warning: removed 'onclick' attribute: event handlers are not allowed in content");
        String html = site.read("gioi-thieu/index.html");
        assertThat(html).doesNotContain("<script>alert", "onclick").contains("<span lang=\"en\">Hello</span>");
    }

    @Test
    void normalisesDecomposedTextBomAndCrlf() {
        String nfdTitle = Normalizer.normalize("Hội nghị tổng kết", Normalizer.Form.NFD);
        String text = "\uFEFF---\r\ntitle: " + nfdTitle + "\r\ndate: 2023-06-15\r\n---\r\nNội dung.\r\n";
        site.writeBytes("events/tong-ket/index.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SiteFixture.Run run = site.build();
        assertThat(run.err()).isEmpty();
        String html = site.read("events/tong-ket/index.html");
        assertThat(html).contains("<h1>Hội nghị tổng kết</h1>", "15/6/2023");
        assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void englishSwitchesStringsAndFormats() {
        site.write("site.yaml", "title: Proceedings\nbase_url: https://example.org/\nlanguage: en\n");
        site.write("events/tong-ket/index.md", "---\ntitle: Review\ndate: 2025-02-17\n---\n");
        site.build();
        Document event = site.page("events/hoi-nghi-2024/");
        assertThat(event.select("html").attr("lang")).isEqualTo("en");
        assertThat(event.select("table.figures td").eachText()).containsExactly("138,090", "2.2 triệu", "10%");
        assertThat(event.select(".facts").text()).contains("March 2024");
        assertThat(site.page("events/tong-ket/").select(".facts").text()).contains("17 February 2025");
        Document events = site.page("events/");
        assertThat(events.select("h1").text()).isEqualTo("Events");
        assertThat(events.text()).contains("c. 2019", "Date unknown");
    }

    @Test
    void copiesAssets() {
        site.writeBytes("assets/img/logo.png", new byte[] {1, 2, 3});
        site.write("people/nguyen-van-a.yaml", "name: Nguyễn Văn A\nphoto: img/logo.png\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.exists("assets/img/logo.png")).isTrue();
        assertThat(site.page("people/nguyen-van-a/").select("img.portrait").attr("src"))
                .isEqualTo("../../assets/img/logo.png");
    }

    @Test
    void asOfComesFromSiteYamlWhenNotGiven() {
        site.write("site.yaml", SiteFixture.SITE_YAML + "as_of: 2023-06-01\n");
        SiteFixture.Run run = site.run("build", "--source", site.content.toString(), "--output", site.output.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("as of 2023-06-01");
        assertThat(site.page("tasks/mo-lop/").select(".badge").text()).isEqualTo("Chưa thực hiện");
    }
}
