package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * For any string put in every plain-text front-matter field of a small site: the build ends
 * cleanly; every HTML page has exactly the elements and attribute names it has when the same site
 * is built with a plain placeholder, so the string introduced none; {@code tasks.json} gives the
 * string back exactly; {@code tasks.csv} holds it, formula-neutralised where it starts like a
 * formula; the Atom feeds are well-formed XML that give it back as text.
 *
 * <p>Each try is a whole build, so the tries are few and the generator leans on hostile pieces.
 * One folder is reused for every try; the placeholder site is built once.
 */
class EscapingProperties {
    private static final String PLACEHOLDER = "Giữ chỗ";
    private static final Pattern PROBLEM_LINE = Pattern.compile(".+:\\d+: (error|warning): .+");

    /** HTML-ish, template-ish, CSV-ish and Unicode pieces, to be put together in any order. */
    private static final String[] PIECES = {
        "<", ">", "&", "\"", "'", "`", "\\", "/", "=", "+", "-", "@", ",", ";", ":", "#", "|", "~", "*", "_",
        "</script>", "<script>alert(1)</script>", "<SCRIPT SRC=//x.js>", "<img src=x onerror=alert(1)>",
        "\"><svg/onload=alert(1)>", "' onmouseover='alert(1)", "\" onfocus=\"alert(1)\" autofocus=\"",
        " onclick=alert(1) ", "javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,<b>x</b>", "vbscript:x",
        "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))", "<iframe src=//x>", "<base href=//x>",
        "<meta http-equiv=refresh content=0;url=//x>", "<form action=//x>", "<style>*{}</style>", "</title>",
        "</textarea>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x>", "&amp;",
        "&lt;", "&#60;", "&#x3C;", "&nbsp;", "&", "%3Cscript%3E", "${x}", "<#if x>", "</#if>", "${'a'?no_esc}",
        "{{x}}", "{% x %}", "\n", "\r\n", "\r", "\t", "\n\n", "---", "- ", ": ", "# ", "> ", "* ", "1. ",
        "Hội nghị tổng kết công tác Đảng", "Nguyễn Thị Ánh Tuyết", "Ủy ban nhân dân", "Sở Giáo dục",
        "e\u0301", "Vie\u0302\u0323t", "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F",
        "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200D", "\u2028", "\u2029", "\u202E", "\u2066", "\uFEFF",
        "\uFFFD", "\uFFFE", "\uD83D\uDE00", "\uD801\uDC37", "\u4E2D\u6587", "\u0627\u0644\u0639", "\u3000",
        "\uFF1Cscript\uFF1E",
    };

    private static Path root;
    private static SiteFixture site;
    private static Map<String, List<String>> placeholderShape;

    @BeforeContainer
    static void buildThePlaceholderSite() throws Exception {
        root = Files.createTempDirectory("acta-escaping");
        site = new SiteFixture(root);
        write(PLACEHOLDER);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        placeholderShape = shape();
        assertOutputs(PLACEHOLDER);
    }

    /** Best effort: after a failure, jqwik's shrinker may still be running a build in the folder. */
    @AfterContainer
    static void removeTheFolder() throws IOException {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's temporary-folder cleanup
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // likewise
        }
    }

    @Property(tries = 40)
    void aStringInAnyFrontMatterFieldIntroducesNoMarkupAndComesBackAsWritten(@ForAll("hostile") String text)
            throws Exception {
        check(text);
    }

    /** Every piece once, in one string: the cases a random pick of 40 may miss. */
    @Example
    void everyPieceAtOnce() throws Exception {
        check(String.join(" ", PIECES));
    }

    private static void check(String text) throws Exception {
        write(text);
        SiteFixture.Run run = site.build();
        assertThat(run.err()).as("no crash").doesNotContain("internal error", "Exception", "\tat ", "java.");
        if (text.strip().isEmpty()) {
            // an empty required title is a content error, reported at its line
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches(PROBLEM_LINE + "|build failed: .+"));
            assertThat(run.errLines()).anySatisfy(l -> assertThat(l).contains(": error: "));
            return;
        }
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.errLines()).allSatisfy(l -> assertThat(l).matches(PROBLEM_LINE));

        Map<String, List<String>> shape = shape();
        assertThat(shape.keySet()).as("the same pages").containsExactlyElementsOf(placeholderShape.keySet());
        for (String page : shape.keySet()) {
            assertThat(shape.get(page)).as("elements and attribute names of " + page)
                    .containsExactlyElementsOf(placeholderShape.get(page));
        }
        HostileInputTest.assertNoScriptFromContent(site);
        assertOutputs(text);
    }

    /** The string as the site reads it: files are decoded to NFC; escapes in quoted YAML are not. */
    private static String asRead(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (escaped(c)) {
                out.append(Normalizer.normalize(literal, Normalizer.Form.NFC)).appendCodePoint(c);
                literal.setLength(0);
            } else {
                literal.appendCodePoint(c);
            }
        });
        return out.append(Normalizer.normalize(literal, Normalizer.Form.NFC)).toString();
    }

    private static void assertOutputs(String text) throws Exception {
        String expected = asRead(text);

        JsonNode json = new ObjectMapper().readTree(site.read("tasks.json"));
        JsonNode task = json.get("tasks").get(0);
        assertThat(task.get("title").asText()).isEqualTo(expected);
        assertThat(task.get("event").get("title").asText()).isEqualTo(expected);
        assertThat(task.get("speech").get("title").asText()).isEqualTo(expected);
        assertThat(task.get("assigned_by").get("name").asText()).isEqualTo(expected);
        assertThat(task.get("assignee").get("name").asText()).isEqualTo(expected);
        assertThat(task.get("target").get("unit").asText()).isEqualTo(expected);
        assertThat(task.get("updates").get(0).get("note").asText()).isEqualTo(expected);

        List<List<String>> csv = csv(site.read("tasks.csv"));
        assertThat(csv).hasSize(2);
        Map<String, String> row = new TreeMap<>();
        for (int i = 0; i < csv.get(0).size(); i++) {
            row.put(csv.get(0).get(i).replace("\uFEFF", ""), csv.get(1).get(i));
        }
        String cell = "=+-@\t\r".indexOf(expected.charAt(0)) >= 0 ? "'" + expected : expected;
        for (String column : List.of("title", "event_title", "assignee_name", "target_unit", "last_update_note")) {
            assertThat(row.get(column)).as(column).isEqualTo(cell);
        }

        org.w3c.dom.Document feed = xml(site.output.resolve("organizations/o/feed.xml"));
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        // an XML parser reads a raw CR as a line feed; characters XML cannot hold may be replaced
        assertThat(texts).as("feed titles").anySatisfy(t -> assertThat(t).endsWith("· " + xmlText(expected)));
    }

    /** What an XML parser gives back of text a writer may hold: CR read as LF, characters XML 1.0 forbids as U+FFFD. */
    private static String xmlText(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; rows end in CRLF. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
                char next = i < text.length() ? text.charAt(i) : '\r';
                assertThat(next).as("after a closing quote at " + i).isIn(',', '\r');
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("rows end in CRLF").isEqualTo('\n');
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("a bare line feed or quote outside quotes at " + i).isNotIn('\n', '"');
                cell.append(c);
                i++;
            }
        }
        assertThat(row).as("the last row ends in CRLF").isEmpty();
        assertThat(cell.toString()).isEmpty();
        return rows;
    }

    /** Per page (the one tag page, whatever its slug, as tags/TAG/), each element's tag and sorted attribute names, sorted. */
    private static Map<String, List<String>> shape() throws IOException {
        Map<String, List<String>> pages = new TreeMap<>();
        Path out = site.output.toRealPath();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = out.relativize(page).toString().replace('\\', '/')
                        .replaceFirst("^tags/[^/]+/index\\.html$", "tags/TAG/index.html");
                List<String> elements = new ArrayList<>();
                for (Element e : Jsoup.parse(Files.readString(page)).getAllElements()) {
                    elements.add(e.tagName() + e.attributes().asList().stream().map(a -> a.getKey()).sorted()
                            .collect(Collectors.joining(" ", "[", "]")));
                }
                elements.sort(null);
                pages.put(name, elements);
            }
        }
        return pages;
    }

    private static String tag(String text) {
        return "thẻ " + text;
    }

    /** The same small site, every plain-text field set to the text. */
    private static void write(String text) {
        String x = yaml(text);
        String t = yaml(tag(text));
        site.write("site.yaml", SiteFixture.SITE_YAML)
                .write("events/e/index.md", "---\ntitle: " + x + "\ndate: 2024-03\ndate_note: " + x + "\nkind: " + x
                        + "\nlocation: " + x + "\norganizers: [o]\nchair: p\ndocuments: [d]\ntags: [" + t + "]\n"
                        + "figures:\n  - label: " + x + "\n    value: 1\n    unit: " + x + "\n    note: " + x + "\n"
                        + "source:\n  title: " + x + "\n  url: https://example.org/nguon\n---\nMở đầu.\n")
                .write("events/e/s.md", "---\ntitle: " + x + "\nspeaker: p\nrole: remarks\nposition: " + x
                        + "\nsummary: " + x + "\n---\n")
                .write("events/e/thao-luan.md", "---\ntitle: " + x + "\nrole: discussion\nspeaker_note: " + x
                        + "\nsummary: " + x + "\n---\n")
                .write("people/p.yaml", "name: " + x + "\npositions:\n  - title: " + x + "\n    organization: o\n")
                .write("organizations/o.yaml", "name: " + x + "\nshort_name: " + x + "\nkind: " + x + "\n")
                .write("documents/d.md", "---\ntitle: " + x + "\nnumber: " + x + "\nissuer: o\nperiod: " + x
                        + "\n---\n")
                .write("tasks/t.md", "---\ntitle: " + x + "\nevent: e\nspeech: s\nassigned_by: p\nassignee: o\n"
                        + "due: 2025-06\ntarget:\n  value: 2\n  unit: " + x + "\nupdates:\n  - date: 2024-05\n"
                        + "    note: " + x + "\n    evidence: https://example.org/\n---\n")
                .write("pages/a.md", "---\ntitle: " + x + "\n---\n");
    }

    /** Characters written as escapes in a double-quoted YAML scalar, not as themselves. */
    private static boolean escaped(int c) {
        boolean printable = c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
        return !printable || c == '"' || c == '\\' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
    }

    /** Any string as a double-quoted YAML scalar on one line. */
    static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (escaped(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMinLength(1).ofMaxLength(6)
                        .withCharRange('\u0000', '\u00FF').withCharRange('\u1E00', '\u1EFF')),
                net.jqwik.api.Tuple.of(1, codePoints()));
        Arbitrary<String> joined = piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
        Arbitrary<String> formulaLike = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "=HYPERLINK(\"//x\")",
                "@SUM(A1)", "-2+3").flatMap(p -> joined.map(s -> p + s));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, joined),
                        net.jqwik.api.Tuple.of(2, formulaLike),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\t", "\n", "\u00A0", "\u3000")))
                .edgeCases(c -> c.add("</script><script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                        "=1+1", "\u0000", " \r\n "));
    }

    /** Any Unicode code point but a lone surrogate, which no UTF-8 file can hold. */
    private static Arbitrary<String> codePoints() {
        return Arbitraries.integers().between(0, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF)
                .list().ofMinSize(1).ofMaxSize(4)
                .map(cs -> cs.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
    }
}
