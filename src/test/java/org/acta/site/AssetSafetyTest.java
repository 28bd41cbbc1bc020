package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing under assets/ can run script on the site's address: an HTML page or a script is an
 * error that says to write a page; an SVG image is published without its scripts, handlers,
 * embedded HTML and outside references, each removal a warning at its line; and the pages'
 * security policy is also sent as an HTTP header by hosts that read {@code _headers}.
 */
class AssetSafetyTest {
    @TempDir
    Path dir;

    private SiteFixture base() {
        return SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n"
                        + "![Biểu đồ](/assets/bieu-do.svg) [Báo cáo](/assets/logo.svg)\n");
    }

    static final String HOSTILE_SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet href="https://evil.example/x.css"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
              <script>alert(2)</script>
              <a xlink:href="javascript:alert(3)"><rect width="5" height="5" onclick="alert(4)"/></a>
              <foreignObject width="5" height="5"><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(5)</script></div></foreignObject>
              <image href="https://tracker.example/p.png" width="1" height="1"/>
              <use href="#dot"/>
              <circle id="dot" r="1" fill="url(#g)" style="fill: url(https://tracker.example/f)"/>
              <set attributeName="href" to="javascript:alert(6)"/>
              <style>@import url(https://evil.example/y.css);</style>
              <a href="https://example.org/bao-cao"><text>Báo cáo</text></a>
              <html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(7)</html:script>
            </svg>
            """;

    @Test
    void anSvgImageIsPublishedWithoutWhatCouldRunScriptOrFetchFromElsewhereEachRemovalAWarning() throws Exception {
        SiteFixture site = base().write("assets/logo.svg", HOSTILE_SVG)
                .write("assets/bieu-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">"
                        + "<!-- sạch --><rect width=\"1\" height=\"1\"/></svg>\n");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isZero();
        String file = "assets/logo.svg";
        String elsewhere = "an image may refer only to its own parts (#id) and to files of the site: what it loads "
                + "from elsewhere is fetched each time it is shown";
        String script = "an image may not carry a script (it would run on the site's address when the file is opened)";
        assertThat(run.errLines()).containsExactly(
                site.warning(file, 2, "removed <?xml-stylesheet?>: an image may not load a style sheet"),
                site.warning(file, 3, "removed onload=\"alert(1)\": event handlers run scripts"),
                site.warning(file, 4, "removed <script>: " + script),
                site.warning(file, 5, "removed onclick=\"alert(4)\": event handlers run scripts"),
                site.warning(file, 5, "removed xlink:href=\"javascript:alert(3)\": a script address"),
                site.warning(file, 6, "removed <foreignObject>: it can hold a web page, with its scripts, inside "
                        + "the image"),
                site.warning(file, 7, "removed href=\"https://tracker.example/p.png\": " + elsewhere),
                site.warning(file, 9, "removed style=\"fill: url(https://tracker.example/f)\": " + elsewhere),
                site.warning(file, 10, "removed <set>: it would change 'href' while the image is shown, which can "
                        + "make a link run a script"),
                site.warning(file, 11, "removed <style>: it imports another style sheet"),
                site.warning(file, 13, "removed <html:script>: HTML inside an image can run scripts"));
        String published = site.read(file);
        assertThat(published).doesNotContain("alert", "script", "foreignObject", "tracker", "evil", "onload",
                "onclick", "@import");
        Document svg = Jsoup.parse(published, "", Parser.xmlParser());
        assertThat(svg.select("use").attr("href")).isEqualTo("#dot");
        assertThat(svg.select("circle").attr("fill")).isEqualTo("url(#g)");
        assertThat(svg.select("a[href]").attr("href")).isEqualTo("https://example.org/bao-cao");
        assertThat(svg.select("text").text()).isEqualTo("Báo cáo");
        assertThat(svg.select("rect").attr("width")).isEqualTo("5");
        // an image with nothing to remove is published as it is, byte for byte
        assertThat(Files.readAllBytes(site.output.resolve("assets/bieu-do.svg")))
                .isEqualTo(Files.readAllBytes(site.content.resolve("assets/bieu-do.svg")));
        assertThat(site.check().errLines()).contains(site.warning(file, 4, "removed <script>: " + script));
    }

    @Test
    void entitiesThatHideAScriptAreExpandedAndTheScriptRemoved() {
        SiteFixture site = base().write("assets/logo.svg", """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;"><!ATTLIST svg onload CDATA "alert(2)">]>
                <svg xmlns="http://www.w3.org/2000/svg">&s;</svg>
                """).write("assets/bieu-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).hasSize(2).allMatch(line -> line.startsWith(site.path("assets/logo.svg") + ":3: "
                + "warning: removed "));
        assertThat(site.read("assets/logo.svg")).doesNotContain("alert", "ENTITY", "script");
    }

    @Test
    void anXmlFileKeepsItsDataAndLosesOnlyWhatCouldRunScript() {
        SiteFixture site = base().write("assets/bieu-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("assets/du-lieu.xml", """
                        <?xml version="1.0"?>
                        <?xml-stylesheet type="text/xsl" href="hien-thi.xsl"?>
                        <du-lieu online="true" onset="2024">
                          <html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>
                          <muc ten="A">1 &lt; 2</muc>
                        </du-lieu>
                        """);

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(
                site.warning("assets/du-lieu.xml", 2, "removed <?xml-stylesheet?>: an image may not load a style sheet"),
                site.warning("assets/du-lieu.xml", 4, "removed <html:script>: HTML inside an image can run scripts"));
        assertThat(site.read("assets/du-lieu.xml")).doesNotContain("alert", "stylesheet")
                .contains("<du-lieu online=\"true\" onset=\"2024\">", "<muc ten=\"A\">1 &lt; 2</muc>");
    }

    @Test
    void anSvgThatIsNotWellFormedOrNotAnImageIsAnErrorAtItsLine() {
        SiteFixture site = base().write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect>\n</svg>\n")
                .write("assets/bieu-do.svg", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script>"
                        + "</html>");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains(
                site.error("assets/bieu-do.svg", 1, "not an SVG image: its first element is <html>, not <svg "
                        + "xmlns=\"http://www.w3.org/2000/svg\">; save it again as SVG"),
                site.error("assets/logo.svg", 3, "not a well-formed SVG image (The element type \"rect\" must be "
                        + "terminated by the matching end-tag \"</rect>\".); save it again from the program that made it"));
        assertThat(site.exists("index.html")).isFalse();
    }

    @Test
    void anHtmlPageOrAScriptUnderAssetsIsAnErrorThatSaysToWriteAPage() {
        SiteFixture site = base()
                .write("assets/bieu-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("assets/Báo cáo.html", "<script>alert(1)</script>")
                .write("assets/cu/trang.HTM", "<p>cũ</p>")
                .write("assets/a.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")
                .write("assets/app.js", "alert(1)")
                .write("assets/mo-dun.mjs", "export {}")
                .writeBytes("assets/ban-do.svgz", new byte[] {0x1f, (byte) 0x8b});

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        String html = "an HTML page under assets/ would be published as it is, and its scripts would run on the "
                + "site's address; publish it as a page instead: ";
        String js = "a script under assets/ would run on the site's address on any page that loads it; publish what "
                + "it shows as a page instead: ";
        String theme = " (the theme's own scripts belong in templates/static/)";
        assertThat(run.errLines()).containsExactly(
                site.error("assets/Báo cáo.html", 1, html + "pages/bao-cao.md"),
                site.error("assets/a.xhtml", 1, html + "pages/a.md"),
                site.error("assets/app.js", 1, js + "pages/app.md" + theme),
                site.error("assets/ban-do.svgz", 1, "a compressed SVG image cannot be checked for scripts; publish it "
                        + "uncompressed, as ban-do.svg (web servers compress it on the way)"),
                site.error("assets/cu/trang.HTM", 1, html + "pages/trang.md"),
                site.error("assets/mo-dun.mjs", 1, js + "pages/mo-dun.md" + theme),
                "build failed: 6 errors, 0 warnings; " + site.output + "/ was left unchanged");
    }

    @Test
    void thePagesSecurityPolicyIsAlsoSentAsAnHttpHeaderByHostsThatReadHeadersFiles() {
        SiteFixture site = base().write("assets/bieu-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        assertThat(site.build().exit()).isZero();

        String policy = site.page("events/hoi-nghi/").select("meta[http-equiv=Content-Security-Policy]")
                .attr("content");
        assertThat(policy).startsWith("default-src 'self'; script-src 'self';").contains("object-src 'none'");
        assertThat(site.read("_headers")).isEqualTo("# Written by Acta with every build: the headers hosts that read "
                + "this file (Netlify, Cloudflare Pages) send.\n"
                + "/*\n"
                + "  Content-Security-Policy: " + policy + "\n"
                + "  X-Content-Type-Options: nosniff\n");
        assertThat(site.page("index.html").select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo(policy);
    }
}
