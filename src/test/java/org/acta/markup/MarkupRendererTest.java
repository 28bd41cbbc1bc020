package org.acta.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.acta.diag.Diagnostic;
import org.acta.model.Markdown;
import org.acta.model.Origin;
import org.junit.jupiter.api.Test;

class MarkupRendererTest {
    private static final String PATH = "content/events/e1.md";

    private final MarkupRenderer renderer = new MarkupRenderer();

    /** Renders Markdown whose first line is line 5 of {@value #PATH}, as a body after front matter. */
    private Rendered render(String markdown) {
        return renderer.render(new Markdown(markdown, new Origin(PATH, 5)));
    }

    private static Diagnostic warning(int line, String message) {
        return Diagnostic.warning(PATH, line, message);
    }

    // --- Markdown ---

    @Test
    void aHeadingNeverTakesAnIdThatTheThemeGivesAPartOfThePage() {
        Rendered out = render("## Conclusions\n\nText.\n\n## Thực trạng\n");

        assertThat(out.html()).contains("<h2 id=\"conclusions-1\">Conclusions</h2>", "<h2 id=\"thuc-trang\">");
    }

    @Test
    void rendersTableWithHeadAndBodyAlignedByClassNotByObsoleteAttribute() {
        Rendered out = render("| Đơn vị | Số |\n|:--|--:|\n| Sở GD | 12 |\n");

        assertThat(out.html()).isEqualTo("<table>\n<thead>\n"
                + "<tr><th class=\"align-left\">Đơn vị</th><th class=\"align-right\">Số</th></tr>\n"
                + "</thead>\n<tbody>\n"
                + "<tr><td class=\"align-left\">Sở GD</td><td class=\"align-right\">12</td></tr>\n"
                + "</tbody>\n</table>");
        assertThat(out.diagnostics()).isEmpty();
    }

    @Test
    void rendersFootnoteReferenceAndNote() {
        Rendered out = render("Kết luận[^1].\n\n[^1]: Theo báo cáo.\n");

        assertThat(out.html()).contains(
                "<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>",
                "<div class=\"footnotes\">",
                "<li id=\"fn-1\">",
                "<p>Theo báo cáo.</p>",
                "<a href=\"#fnref-1\" class=\"footnote-backref\">");
        assertThat(out.diagnostics()).isEmpty();
    }

    @Test
    void rendersStrikethroughAsDel() {
        assertThat(render("giá ~~cũ~~ mới").html()).isEqualTo("<p>giá <del>cũ</del> mới</p>");
    }

    @Test
    void linksBareAddressesAsExternalLinks() {
        assertThat(render("xem https://example.org/bao-cao nhé").html()).isEqualTo(
                "<p>xem <a href=\"https://example.org/bao-cao\" rel=\"noopener\">https://example.org/bao-cao</a> nhé</p>");
    }

    @Test
    void linksBareWwwAndMailAddresses() {
        assertThat(render("Trang www.example.org và thư ban@example.org.").html()).isEqualTo(
                "<p>Trang <a href=\"http://www.example.org\" rel=\"noopener\">www.example.org</a> và thư "
                        + "<a href=\"mailto:ban@example.org\">ban@example.org</a>.</p>");
    }

    @Test
    void aTextThatCannotHoldABareLinkIsToldApartCheaply() {
        assertThat(MarkupRenderer.mayHoldBareLinks("Kết nạp: 138.090 đảng viên; xem www.x.vn")).isTrue();
        assertThat(MarkupRenderer.mayHoldBareLinks("ftp://x")).isTrue();
        assertThat(MarkupRenderer.mayHoldBareLinks("a@b")).isTrue();
        assertThat(MarkupRenderer.mayHoldBareLinks("Kết nạp: 138.090 đảng viên, tại [trang](/pages/x/).")).isFalse();
    }

    @Test
    void leavesQuotesStraight() {
        Rendered out = render("He said \"x\" and 'y' -- ok...");

        assertThat(out.html()).isEqualTo("<p>He said \"x\" and 'y' -- ok...</p>");
    }

    @Test
    void keepsSoftBreaksAsNewlines() {
        assertThat(render("một\nhai").html()).isEqualTo("<p>một\nhai</p>");
    }

    // --- headings ---

    @Test
    void foldsVietnameseHeadingIntoId() {
        Rendered out = render("## Thực trạng đảng viên\n");

        assertThat(out.html()).isEqualTo("<h2 id=\"thuc-trang-dang-vien\">Thực trạng đảng viên</h2>");
        assertThat(out.headings()).containsExactly(new Heading(2, "thuc-trang-dang-vien", "Thực trạng đảng viên"));
    }

    @Test
    void numbersDuplicateHeadingIds() {
        Rendered out = render("## Kết luận\n\n### Kết luận\n\n## Kết luận\n");

        assertThat(out.headings()).extracting(Heading::id)
                .containsExactly("ket-luan", "ket-luan-1", "ket-luan-2");
    }

    @Test
    void listsSectionHeadingsButNotTheTitle() {
        Rendered out = render("# Hội nghị\n\n## Mở đầu\n\n###### Ghi chú\n");

        assertThat(out.html()).startsWith("<h1 id=\"hoi-nghi\">Hội nghị</h1>");
        assertThat(out.headings()).containsExactly(
                new Heading(2, "mo-dau", "Mở đầu"),
                new Heading(6, "ghi-chu", "Ghi chú"));
    }

    @Test
    void namesHeadingWithoutLettersSection() {
        assertThat(render("## ???\n\n## ---?\n").headings()).extracting(Heading::id)
                .containsExactly("section", "section-1");
    }

    @Test
    void keepsHeadingIdWrittenInHtmlAndAvoidsIt() {
        Rendered out = render("## Kết luận\n\n<h2 id=\"ket-luan\">Kết luận chung</h2>\n");

        assertThat(out.headings()).containsExactly(
                new Heading(2, "ket-luan-1", "Kết luận"),
                new Heading(2, "ket-luan", "Kết luận chung"));
    }

    @Test
    void leavesFootnoteNumberOutOfHeadingText() {
        Rendered out = render("## Số liệu[^1]\n\n[^1]: Năm 2024.\n");

        assertThat(out.headings()).containsExactly(new Heading(2, "so-lieu", "Số liệu"));
    }

    // --- removals, each at the editor's line ---

    @Test
    void removesScriptAtTheEditorsLine() {
        Rendered out = render("Mở đầu.\n\n<script>alert(1)</script>\n\nHết.\n");

        assertThat(out.html()).isEqualTo("<p>Mở đầu.</p>\n\n<p>Hết.</p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(7, "removed <script> element: scripts are not allowed in content"));
    }

    @Test
    void removesEventHandlerAttribute() {
        Rendered out = render("Xem <span onclick=\"steal()\">đây</span>.");

        assertThat(out.html()).isEqualTo("<p>Xem <span>đây</span>.</p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed 'onclick' attribute: event handlers are not allowed in content"));
    }

    @Test
    void removesJavascriptLinkWrittenInHtml() {
        Rendered out = render("a\nb <a href=\"javascript:alert(1)\">bấm</a>");

        assertThat(out.html()).isEqualTo("<p>a\nb <a>bấm</a></p>");
        assertThat(out.diagnostics()).containsExactly(warning(6,
                "removed javascript: link from <a href>: only http, https, mailto and site links are allowed"));
    }

    @Test
    void removesJavascriptLinkWrittenInMarkdown() {
        Rendered out = render("a\n\n[bấm](javascript:alert(1)) và <JaVaScRiPt:alert(2)>");

        assertThat(out.html()).isEqualTo("<p>a</p>\n<p><a>bấm</a> và <a>JaVaScRiPt:alert(2)</a></p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(7, "removed javascript: link from <a href>: only http, https, mailto and site links are allowed"),
                warning(7, "removed javascript: link from <a href>: only http, https, mailto and site links are allowed"));
    }

    @Test
    void removesJavascriptLinkHiddenByEntitiesAndControls() {
        Rendered out = render("<a href=\"&#106;ava&#x09;script:alert(1)\">x</a> <a href=\" vbscript:x\">y</a>");

        assertThat(out.html()).isEqualTo("<p><a>x</a> <a>y</a></p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed javascript: link from <a href>: only http, https, mailto and site links are allowed"),
                warning(5, "removed vbscript: link from <a href>: only http, https, mailto and site links are allowed"));
    }

    @Test
    void removesDataImage() {
        Rendered out = render("![ảnh](data:image/png;base64,AAAA)");

        assertThat(out.html()).isEqualTo("<p><img alt=\"ảnh\"></p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed data: link from <img src>: only http, https and site images are allowed"));
    }

    @Test
    void removesIframe() {
        Rendered out = render("Video:\n\n<iframe src=\"https://example.org/v\"></iframe>\n");

        assertThat(out.html()).isEqualTo("<p>Video:</p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(7, "removed <iframe> element: embedded frames are not allowed in content"));
    }

    @Test
    void removesFormWithItsControls() {
        Rendered out = render("<form action=\"/x\">\n<input name=\"q\">\n<button>Gửi</button>\n</form>\n");

        assertThat(out.html()).isEmpty();
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed <form> element: forms are not allowed in content"));
    }

    @Test
    void removesFormControlOutsideForm() {
        Rendered out = render("Tên: <input name=\"q\">");

        assertThat(out.html()).isEqualTo("<p>Tên: </p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed <input> element: forms are not allowed in content"));
    }

    @Test
    void removesStyleElement() {
        Rendered out = render("# Tiêu đề\n<style>body { display: none }</style>\n");

        assertThat(out.html()).isEqualTo("<h1 id=\"tieu-de\">Tiêu đề</h1>");
        assertThat(out.diagnostics()).containsExactly(
                warning(6, "removed <style> element: styles are not allowed in content"));
    }

    @Test
    void removesStyleAttribute() {
        Rendered out = render("<div class=\"note\" style=\"color: red\">\n\nchú ý\n\n</div>\n");

        assertThat(out.html()).isEqualTo("<div class=\"note\">\n<p>chú ý</p>\n</div>");
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed 'style' attribute: styles are not allowed in content"));
    }

    @Test
    void dropsParagraphLeftEmpty() {
        Rendered out = render("<object data=\"x.swf\"></object>\n\n<embed src=\"x.swf\">\n");

        assertThat(out.html()).isEmpty();
    }

    @Test
    void removesObjectAndEmbed() {
        Rendered out = render("<object data=\"x.swf\"></object>\n\n<embed src=\"x.swf\">\n");

        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed <object> element: embedded objects are not allowed in content"),
                warning(7, "removed <embed> element: embedded objects are not allowed in content"));
    }

    @Test
    void reportsTheLineInsideAnHtmlBlock() {
        Rendered out = render("Mở đầu.\n\n<div>\n<p>một</p>\n<p onmouseover=\"x()\">hai</p>\n</div>\n");

        assertThat(out.diagnostics()).containsExactly(
                warning(9, "removed 'onmouseover' attribute: event handlers are not allowed in content"));
    }

    @Test
    void reportsTheLineInsideABlockQuoteAndList() {
        Rendered out = render("> trích\n>\n> <script>x</script>\n\n- một\n- hai <b onclick=\"x\">b</b>\n");

        assertThat(out.diagnostics()).containsExactly(
                warning(7, "removed <script> element: scripts are not allowed in content"),
                warning(10, "removed 'onclick' attribute: event handlers are not allowed in content"));
    }

    @Test
    void countsWindowsAndOldMacLineEndings() {
        Rendered out = render("a\r\n\r\n<script>x</script>\r\rb <i onclick=x>c</i>");

        assertThat(out.diagnostics()).containsExactly(
                warning(7, "removed <script> element: scripts are not allowed in content"),
                warning(9, "removed 'onclick' attribute: event handlers are not allowed in content"));
    }

    @Test
    void reportsEachRemovalInOneTag() {
        Rendered out = render("<a href=\"javascript:x\" onclick=\"y\" target=\"_blank\">z</a>");

        assertThat(out.html()).isEqualTo("<p><a>z</a></p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed 'onclick' attribute: event handlers are not allowed in content"),
                warning(5, "removed 'target' attribute: not allowed on <a> in content"),
                warning(5, "removed javascript: link from <a href>: only http, https, mailto and site links are allowed"));
    }

    @Test
    void unwrapsUnknownTagKeepingItsText() {
        Rendered out = render("<marquee>tin mới</marquee>");

        assertThat(out.html()).isEqualTo("<p>tin mới</p>");
        assertThat(out.diagnostics()).containsExactly(
                warning(5, "removed <marquee> tag and kept its content: it is not ordinary content HTML"));
    }

    @Test
    void dropsCommentsSilently() {
        Rendered out = render("a <!-- ghi chú --> b\n\n<!-- <script>x</script> -->\n");

        assertThat(out.html()).isEqualTo("<p>a  b</p>");
        assertThat(out.diagnostics()).isEmpty();
    }

    @Test
    void marksNothingThatReachesTheOutput() {
        Rendered out = render("<p data-acta-line=\"99\">a</p>\n\n[b](/b) ![c](/c.png)\n");

        assertThat(out.html()).doesNotContain("data-acta-line");
    }

    // --- what stays ---

    @Test
    void keepsHarmlessHtml() {
        String html = "<p>Chủ đề <span lang=\"en\">digital transformation</span>, "
                + "<abbr title=\"Ủy ban nhân dân\">UBND</abbr> H<sub>2</sub>O x<sup>2</sup> <s>cũ</s></p>";

        Rendered out = render(html + "\n");

        assertThat(out.html()).isEqualTo(html);
        assertThat(out.diagnostics()).isEmpty();
    }

    @Test
    void keepsFigureWithImage() {
        String html = "<figure>\n<img src=\"/media/hoi-nghi.jpg\" alt=\"Hội nghị\" width=\"640\" height=\"480\">\n"
                + "<figcaption>Toàn cảnh</figcaption>\n</figure>";

        Rendered out = render(html + "\n");

        assertThat(out.html()).isEqualTo(html);
        assertThat(out.diagnostics()).isEmpty();
    }

    @Test
    void keepsSiteAndMailLinks() {
        Rendered out = render("[a](/events/x/) [b](#ket-luan) [c](../a) [d](mailto:ban@example.org) "
                + "<a href=\"tai-lieu.pdf\">e</a> [f](http://example.org)");

        assertThat(out.html()).isEqualTo("<p><a href=\"/events/x/\">a</a> <a href=\"#ket-luan\">b</a> "
                + "<a href=\"../a\">c</a> <a href=\"mailto:ban@example.org\">d</a> <a href=\"tai-lieu.pdf\">e</a> "
                + "<a href=\"http://example.org\" rel=\"noopener\">f</a></p>");
        assertThat(out.diagnostics()).isEmpty();
    }

    @Test
    void addsNoopenerToTheEditorsRel() {
        Rendered out = render("<a href=\"https://example.org\" rel=\"nofollow\">x</a> <a href=\"//example.org\">y</a>");

        assertThat(out.html()).isEqualTo("<p><a href=\"https://example.org\" rel=\"nofollow noopener\">x</a> "
                + "<a href=\"//example.org\" rel=\"noopener\">y</a></p>");
    }

    @Test
    void keepsCodeBlockLanguage() {
        assertThat(render("```java\nint x = 1 < 2;\n```\n").html())
                .isEqualTo("<pre><code class=\"language-java\">int x = 1 &lt; 2;\n</code></pre>");
    }

    // --- text ---

    @Test
    void givesPlainTextWithWhitespaceCollapsed() {
        Rendered out = render("# Hội nghị\n\nBáo cáo   *tổng kết*\nnăm 2024[^1].\n\n- một\n- hai\n\n[^1]: Ghi chú.\n");

        assertThat(out.text()).isEqualTo("Hội nghị Báo cáo tổng kết năm 2024. một hai Ghi chú.");
    }

    @Test
    void givesNoTextOfRemovedElements() {
        assertThat(render("a <script>secret()</script> b").text()).isEqualTo("a b");
    }

    // --- inline ---

    @Test
    void rendersInlineWithoutParagraph() {
        Rendered out = renderer.renderInline(new Markdown("Giao **Sở GD&ĐT** chủ trì", new Origin(PATH, 3)));

        assertThat(out.html()).isEqualTo("Giao <strong>Sở GD&amp;ĐT</strong> chủ trì");
        assertThat(out.text()).isEqualTo("Giao Sở GD&ĐT chủ trì");
    }

    @Test
    void rendersInlineWithSeveralParagraphsAsBlocks() {
        Rendered out = renderer.renderInline(new Markdown("một\n\nhai", new Origin(PATH, 3)));

        assertThat(out.html()).isEqualTo("<p>một</p>\n<p>hai</p>");
    }

    @Test
    void reportsInlineRemovalAtItsLine() {
        Rendered out = renderer.renderInline(new Markdown("xem <img src=x onerror=alert(1)>", new Origin(PATH, 3)));

        assertThat(out.html()).isEqualTo("xem <img src=\"x\">");
        assertThat(out.diagnostics()).containsExactly(Diagnostic.warning(PATH, 3,
                "removed 'onerror' attribute: event handlers are not allowed in content"));
    }

    @Test
    void rendersEmptyMarkdownAsNothing() {
        Rendered out = render("");

        assertThat(out.html()).isEmpty();
        assertThat(out.text()).isEmpty();
        assertThat(out.headings()).isEmpty();
        assertThat(out.images()).isEmpty();
        assertThat(out.diagnostics()).isEmpty();
    }

    @Test
    void reportsMarkdownNestedTooDeeplyInsteadOfThrowing() {
        Rendered out = render(">".repeat(100_000) + " x");

        assertThat(out.html()).isEmpty();
        assertThat(out.diagnostics()).containsExactly(Diagnostic.error(PATH, 5,
                "cannot render this Markdown: its lists, quotes or emphasis are nested too deeply; flatten them"));
    }

    // --- sharing ---

    @Test
    void givesTheSameResultFromManyThreads() {
        String markdown = "## Kết luận\n\nXem <span onclick=\"x\">đây</span>[^1].\n\n[^1]: Ghi chú.\n";
        Rendered alone = render(markdown);

        List<Rendered> together = IntStream.range(0, 200).parallel().mapToObj(i -> render(markdown)).toList();

        assertThat(together).allSatisfy(out -> assertThat(out).isEqualTo(alone));
    }
}
