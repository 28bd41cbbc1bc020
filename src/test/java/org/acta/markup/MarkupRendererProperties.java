package org.acta.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.acta.diag.Diagnostic;
import org.acta.model.ImageSize;
import org.acta.model.Markdown;
import org.acta.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

class MarkupRendererProperties {
    private static final String PATH = "content/pages/p.md";

    /** Pieces of hostile and ordinary Markdown and HTML, to be put together in any order. */
    private static final String[] PIECES = {
        "<script>", "</script>", "<SCRIPT SRC=//x.js>", "<scr<script>ipt>", "alert(1)", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">", "<a href='JaVaScRiPt:x'>", "<a href=\"&#106;avascript:x\">",
        "<a href=\"java\tscript:x\">", "<a href=\" javascript:x\">", "</a>", "[x](javascript:alert(1))",
        "[x](vbscript:x)", "![i](data:text/html,x)", "<javascript:alert(1)>", "<div onclick=\"x\" style=\"y\">",
        "</div>", "<svg onload=x>", "<math>", "<iframe src=x>", "<style>", "<!--", "-->", "<!-->", "<form>",
        "<input onfocus=x autofocus>", "<xmp>", "<plaintext>", "<noscript>", "<template>", "<body onload=x>",
        "<p title=\"", "\" onmouseover=\"x", "\"", "'", "=", ">", "<", " ", "\n", "\n\n", "> ", "- ", "1. ",
        "    ", "```", "~~", "*", "_", "`", "|", "|---|", "[^1]", "[^1]: ", "## Đảng viên", "https://example.org",
        "[ref]: javascript:x", "[a][ref]", "&lt;script&gt;", "<![CDATA[", "]]>", "<?xml x?>", "<object>", "<embed>",
        "<span lang=en>", "</span>", "<a href=/x/>", "on", "onclick=x", "\u0000", "\r\n", "\t",
    };

    private final MarkupRenderer renderer = new MarkupRenderer();

    @Property(tries = 1500)
    void neverPublishesScriptsHandlersOrScriptLinks(@ForAll("markup") String markdown) {
        Rendered out = renderer.render(new Markdown(markdown, new Origin(PATH, 4)));
        Rendered inline = renderer.renderInline(new Markdown(markdown, new Origin(PATH, 4)));

        assertSafe(out.html());
        assertSafe(inline.html());
        assertSafe(out.html(IN_A_VOLUME));
        assertSafe(inline.html(ON_A_PAGE));
        assertThat(out.diagnostics()).allSatisfy(diagnostic -> {
            assertThat(diagnostic.path()).isEqualTo(PATH);
            assertThat(diagnostic.line()).isBetween(4, 4 + lineBreaks(markdown));
        });
    }

    private static final Placement ON_A_PAGE = Placement.onPage("../../", Map.of("/x", new ImageSize(2, 1)));
    private static final Placement IN_A_VOLUME = ON_A_PAGE.amongOthers("speech-1");

    @Property(tries = 1000)
    void writesAsWrittenExactlyTheHtmlOfTheSanitisedTree(@ForAll("markup") String markdown,
                                                          @ForAll boolean inline) {
        Optional<Element> body = renderer.sanitised(new Markdown(markdown, new Origin(PATH, 1)), inline,
                new ArrayList<>());
        body.ifPresent(tree -> {
            Outline.assignIds(tree);
            assertThat(Fragment.of(tree, !inline).html(Placement.AS_WRITTEN)).isEqualTo(tree.html().strip());
        });
    }

    @Property(tries = 1000)
    void changesOnAPageOnlyAttributesAndHeadingsNeverText(@ForAll("markup") String markdown) {
        Rendered out = renderer.render(new Markdown(markdown, new Origin(PATH, 1)));
        Element written = Jsoup.parseBodyFragment(out.html()).body();
        Element placed = Jsoup.parseBodyFragment(out.html(IN_A_VOLUME)).body();

        assertThat(placed.wholeText()).isEqualTo(written.wholeText());
        assertThat(placed.select("*").size()).isEqualTo(written.select("*").size());
    }

    @Property(tries = 500)
    void looksForBareLinksOnlyWhereTheyCanBeAndMissesNone(@ForAll("linkish") String markdown) {
        Markdown source = new Markdown(markdown, new Origin(PATH, 1));
        assertThat(renderer.render(source).html()).isEqualTo(ALWAYS_LINKING.render(source).html());
    }

    private static final MarkupRenderer ALWAYS_LINKING = new MarkupRenderer(true);

    @Provide
    Arbitrary<String> linkish() {
        return Arbitraries.oneOf(Arbitraries.of("www", "WwW", ".", ":", "/", "//", "@", "http", "mailto", "ftp", "x",
                        "vn", " ", "\n", "<", ">", "[", "]", "(", ")", "`", "Đảng"), Arbitraries.strings().ofMaxLength(4))
                .list().ofMaxSize(25).map(list -> String.join("", list));
    }

    /** Line breaks as an editor counts them: CR LF, CR or LF. */
    private static int lineBreaks(String text) {
        return text.split("\r\n|\r|\n", -1).length - 1;
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                        Arbitraries.of(PIECES),
                        Arbitraries.strings().ofMaxLength(8))
                .list().ofMaxSize(30)
                .map(list -> String.join("", list));
        return Arbitraries.oneOf(pieces, Arbitraries.strings().all().ofMaxLength(200));
    }

    private static void assertSafe(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "data-acta-line");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s> in %s", element.normalName(), html).doesNotStartWith("on");
                if (name.equals("href") || name.equals("src")) {
                    String url = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as("%s of <%s> in %s", name, element.normalName(), html)
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
                }
            }
        }
    }

    @Property(tries = 200)
    void reportsRemovalAtTheEditorsLine(@ForAll @IntRange(min = 1, max = 400) int firstLine,
            @ForAll @IntRange(max = 60) int linesBefore, @ForAll("lineEnd") String lineEnd) {
        String markdown = ("chữ" + lineEnd).repeat(linesBefore) + lineEnd + "<script>x</script>" + lineEnd;

        Rendered out = renderer.render(new Markdown(markdown, new Origin(PATH, firstLine)));

        assertThat(out.diagnostics()).containsExactly(Diagnostic.warning(PATH, firstLine + linesBefore + 1,
                "removed <script> element: scripts are not allowed in content"));
    }

    @Provide
    Arbitrary<String> lineEnd() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    @Property(tries = 200)
    void reportsOnlyWarnings(@ForAll("markup") String markdown) {
        assertThat(renderer.render(new Markdown(markdown, new Origin(PATH, 1))).diagnostics())
                .noneMatch(Diagnostic::isError);
    }
}
