package org.acta.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acta.model.ImageSize;
import org.acta.model.Markdown;
import org.acta.model.Origin;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PlacementTest {
    private static final Placement AT_ROOT = Placement.onPage("", Map.of());
    private static final Placement TWO_DOWN = Placement.onPage("../../", Map.of());

    private final MarkupRenderer renderer = new MarkupRenderer();

    private Rendered render(String markdown) {
        return renderer.render(new Markdown(markdown, new Origin("content/events/e/s.md", 5)));
    }

    private Rendered renderInline(String markdown) {
        return renderer.renderInline(new Markdown(markdown, new Origin("content/events/e/index.md", 3)));
    }

    @Test
    void placesABodysHeadingsUnderThePageTitleWithoutSkippingALevel() {
        Rendered out = render("# A\n\nx\n\n#### B\n\n###### C\n\n#### D\n");

        assertThat(out.html(AT_ROOT)).isEqualTo(
                "<h2 id=\"a\">A</h2>\n<p>x</p>\n<h3 id=\"b\">B</h3>\n<h4 id=\"c\">C</h4>\n<h3 id=\"d\">D</h3>");
        assertThat(out.html()).as("as written").isEqualTo(
                "<h1 id=\"a\">A</h1>\n<p>x</p>\n<h4 id=\"b\">B</h4>\n<h6 id=\"c\">C</h6>\n<h4 id=\"d\">D</h4>");
    }

    @Test
    void leavesABodyThatAlreadyStartsAtH2AsItIs() {
        Rendered out = render("## A\n\n### B\n\nh1 in text\n");

        assertThat(out.html(AT_ROOT)).isEqualTo("<h2 id=\"a\">A</h2>\n<h3 id=\"b\">B</h3>\n<p>h1 in text</p>")
                .isEqualTo(out.html());
    }

    @Test
    void putsABodyAmongOthersOneLevelDeeperWithItsIdsAndInPageLinksPrefixed() {
        Rendered out = render("## X\n\n### Y\n\n###### Z\n\nNote[^1], [to X](#x).\n\n[^1]: A note.\n");

        assertThat(out.html(AT_ROOT.amongOthers("speech-2"))).isEqualTo("<h3 id=\"speech-2-x\">X</h3>\n"
                + "<h4 id=\"speech-2-y\">Y</h4>\n<h5 id=\"speech-2-z\">Z</h5>\n"
                + "<p>Note<sup id=\"speech-2-fnref-1\"><a class=\"footnote-ref\" href=\"#speech-2-fn-1\">1</a></sup>, "
                + "<a href=\"#speech-2-x\">to X</a>.</p>\n<div class=\"footnotes\">\n<hr>\n<ol>\n"
                + "<li id=\"speech-2-fn-1\">\n<p>A note.</p>\n"
                + "<a href=\"#speech-2-fnref-1\" class=\"footnote-backref\">↩</a>\n</li>\n</ol>\n</div>");
    }

    @Test
    void anH6StaysAnH6AmongOthers() {
        assertThat(render("## A\n\n### B\n\n#### C\n\n##### D\n\n###### E\n").html(AT_ROOT.amongOthers("s")))
                .contains("<h6 id=\"s-d\">D</h6>", "<h6 id=\"s-e\">E</h6>");
    }

    @Test
    void makesSiteLinksRelativeToThePageAndLeavesEveryOtherLinkAsWritten() {
        Rendered out = render("[a](/people/an/) ![b](/assets/b.png) [c](//cdn.example.org/c) [d](https://example.org/d)"
                + " [e](#e) [f](../f/) [g](mailto:ban@example.org)\n");

        assertThat(out.html(TWO_DOWN)).isEqualTo("<p><a href=\"../../people/an/\">a</a> "
                + "<img loading=\"lazy\" decoding=\"async\" src=\"../../assets/b.png\" alt=\"b\"> "
                + "<a href=\"//cdn.example.org/c\" rel=\"noopener\">c</a> "
                + "<a href=\"https://example.org/d\" rel=\"noopener\">d</a> <a href=\"#e\">e</a> <a href=\"../f/\">f</a> "
                + "<a href=\"mailto:ban@example.org\">g</a></p>");
        assertThat(out.html(AT_ROOT)).contains("<a href=\"people/an/\">a</a>", "src=\"assets/b.png\"");
    }

    @Test
    void neverChangesTheTextOfCodeOrOfProseOnAPageOrAmongOthers() {
        String quoted = "<h1 id=\"top\"><a href=\"/events/hn/\">x</a><img src=\"/assets/a.png\"></h1>";
        Rendered out = render("`" + quoted + "` and href=\"/plain/\" id=\"top\"\n\n```html\n" + quoted + "\n```\n\n"
                + "    " + quoted + "\n");

        for (Placement placement : new Placement[] {TWO_DOWN, TWO_DOWN.amongOthers("summary")}) {
            var html = Jsoup.parseBodyFragment(out.html(placement)).body();
            assertThat(html.select("code").eachText()).as("%s", out.html(placement))
                    .containsExactly(quoted, quoted, quoted);
            assertThat(html.select("p").first().text()).endsWith(" and href=\"/plain/\" id=\"top\"");
        }
    }

    @Test
    void sizesEachSiteImageUnlessTheEditorGaveItASize() {
        Placement sized = Placement.onPage("../", Map.of("/assets/a.png", new ImageSize(40, 30)));
        Rendered out = render("![a](/assets/a.png) <img src=\"/assets/a.png\" width=\"10\" alt=\"given\">"
                + " ![b](/assets/b.png) ![c](https://example.org/a.png)\n");

        assertThat(out.html(sized)).isEqualTo("<p><img loading=\"lazy\" decoding=\"async\" width=\"40\" height=\"30\""
                + " src=\"../assets/a.png\" alt=\"a\"> <img loading=\"lazy\" decoding=\"async\" src=\"../assets/a.png\""
                + " width=\"10\" alt=\"given\"> <img loading=\"lazy\" decoding=\"async\" src=\"../assets/b.png\" alt=\"b\">"
                + " <img loading=\"lazy\" decoding=\"async\" src=\"https://example.org/a.png\" alt=\"c\"></p>");
        assertThat(out.html()).as("as written").isEqualTo("<p><img src=\"/assets/a.png\" alt=\"a\">"
                + " <img src=\"/assets/a.png\" width=\"10\" alt=\"given\"> <img src=\"/assets/b.png\" alt=\"b\">"
                + " <img src=\"https://example.org/a.png\" alt=\"c\"></p>");
    }

    @Test
    void listsABodysImagesWithTheirAddressAndTextAsWritten() {
        assertThat(render("![A \"chart\" & more](/assets/a%20b.png) <img alt=\"none\">\n").images())
                .containsExactly(new Image("/assets/a%20b.png", "A \"chart\" & more"), new Image("", "none"));
    }

    @Test
    void placesALineOfTextWithOnlyItsSiteLinksChanged() {
        Placement sized = Placement.onPage("../../", Map.of("/assets/a.png", new ImageSize(40, 30)));
        Rendered out = renderInline("[a](/x/) ![i](/assets/a.png) `<a href=\"/x/\">`");

        assertThat(out.html(sized)).isEqualTo("<a href=\"../../x/\">a</a> <img src=\"../../assets/a.png\" alt=\"i\"> "
                + "<code>&lt;a href=\"/x/\"&gt;</code>");
    }
}
