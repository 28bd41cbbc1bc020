package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken content, one case a build: each ends in a clear {@code path:line} error or
 * warning, quickly, with no stack trace, no partial site and nothing read from outside the
 * content folder. The files are under src/test/resources/hostile/, placed at the same path in
 * the content folder; hostile/expected.txt says what each must produce.
 */
class HostileInputTest {
    private static final Path CORPUS = resource("hostile");

    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(HostileInputTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small valid site that the hostile file is dropped into; in English, as expected.txt is. */
    private SiteFixture base() {
        return SiteFixture.withSite(dir).write("site.yaml", SiteFixture.SITE_YAML + "language: en\n")
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n")
                .write("organizations/o.yaml", "name: Cơ quan\n")
                .write("people/tran-the-cuong.yaml", "name: Trần Thế Cương\n");
    }

    /** hostile/expected.txt: {@code path | what the build says about it}, or {@code path | builds}. */
    static Stream<String[]> cases() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf(" | ");
            expected.put(line.substring(0, bar).strip(), line.substring(bar + 3).strip());
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("expected.txt")).sorted().toList();
        }
        assertThat(expected.keySet()).as("every corpus file has an expectation").containsExactlyInAnyOrderElementsOf(files);
        return files.stream().map(f -> new String[] {f, expected.get(f)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileFileEndsInAClearMessage(String file, String expected) throws IOException {
        SiteFixture site = base();
        Files.createDirectories(site.content.resolve(file).getParent());
        Files.copy(CORPUS.resolve(file), site.content.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        long started = System.nanoTime();
        SiteFixture.Run run = site.build();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("build time").isLessThan(20_000);
        assertThat(run.err()).doesNotContain("internal error", "Exception", "\tat ", "java.");
        if (expected.equals("builds")) {
            assertThat(run.exit()).as(run.err()).isZero();
            assertNoScriptFromContent(site);
            return;
        }
        assertThat(run.errLines()).as(run.err()).anySatisfy(line -> assertThat(line).startsWith(site.path(file))
                .contains(expected));
        if (expected.contains("error: ")) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(Files.exists(site.output)).as("no site is published").isFalse();
        } else {
            assertThat(run.exit()).as(run.err()).isZero();
            assertNoScriptFromContent(site);
        }
    }

    /**
     * The theme's own scripts and forms: its search box, search page and tracker filter, and the
     * page's schema.org data (a JSON block, not a script: its escaping is tested apart).
     */
    static boolean isThemeElement(Element e) {
        if (e.tagName().equals("script")) {
            if (e.attr("type").equals("application/ld+json") && e.attributesSize() == 1) {
                return e.parent() != null && e.parent().tagName().equals("head");
            }
            String src = e.attr("src");
            return e.data().isEmpty() && (src.endsWith("static/search.js") || src.endsWith("static/tasks.js"));
        }
        if (e.tagName().equals("form")) {
            return java.util.Set.of("site-search", "search", "task-filter").contains(e.className());
        }
        return false;
    }

    /** Attributes whose value a browser follows or loads as an address. */
    static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action", "formaction",
            "poster", "data", "srcset", "xlink:href", "background", "cite", "longdesc", "manifest", "ping");

    /** Besides the theme's own scripts and forms, any script, handler or script address in a page came from content. */
    static void assertNoScriptFromContent(SiteFixture site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.output.toRealPath())) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element e : Jsoup.parse(Files.readString(page)).getAllElements()) {
                    if (isThemeElement(e)) {
                        continue;
                    }
                    assertThat(e.tagName()).as(page + ": " + e).isNotIn("script", "iframe", "object", "embed",
                            "form", "base", "meta[http-equiv]");
                    e.attributes().forEach(a -> {
                        assertThat(a.getKey()).as(page + ": " + e).doesNotStartWith("on");
                        // an address a browser follows or loads must not run script; text such as a
                        // link preview's og:title may say anything, escaped
                        String property = e.attr("property") + e.attr("name");
                        boolean metaAddress = e.tagName().equals("meta") && a.getKey().equals("content")
                                && (property.endsWith(":image") || property.endsWith(":url"));
                        if (URL_ATTRIBUTES.contains(a.getKey()) || metaAddress) {
                            assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).as(page + ": " + e)
                                    .doesNotStartWith("javascript:").doesNotStartWith("data:")
                                    .doesNotStartWith("vbscript:");
                        }
                    });
                }
            }
        }
    }

    @Test
    void aFiveMegabyteLineIsRefusedWithTheLimitAndHowToRaiseIt() {
        SiteFixture site = base().write("pages/dai.md", "---\ntitle: Dài\n---\n" + "chữ ".repeat(1_300_000));
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains(site.path("pages/dai.md") + ":1: error: too large: over 2 MiB (the "
                + "file-size limit for a content file); split it, put large files under assets/, or raise it with "
                + "--limit file-size=4MiB");
    }

    @Test
    void aLongLineNamesItsLineAndTheLimit() {
        SiteFixture site = base().write("pages/dai.md", "---\ntitle: Dài\n---\nmở đầu\n" + "x".repeat(150_000) + "\n");
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).contains(site.path("pages/dai.md") + ":5: error: line of 150000 characters, "
                + "over the line-length limit of 100000; break it into paragraphs, or raise it with "
                + "--limit line-length=200000");
        assertThat(site.build("--limit", "line-length=200000").exit()).isZero();
    }

    @Test
    void limitsCanBeRaisedAndLoweredOnTheCommandLine() {
        SiteFixture site = base();
        SiteFixture.Run run = site.build("--limit", "files=2");
        // only that: the files that were not read are not reported missing
        assertThat(run.errLines()).containsExactly(site.content + ": error: more than 2 files (the files limit); "
                + "none is read: is --source the right folder? If it is, raise it with --limit files=4",
                "build failed: 1 error, 0 warnings; " + site.output + "/ was left unchanged");
        site.write("people/a.yaml", "name: A\npositions:\n  - title: T\n");
        assertThat(site.build("--limit", "yaml-depth=2").errLines()).contains(site.path("people/a.yaml") + ":3: "
                + "error: lists and mappings are nested more than 2 deep here (the yaml-depth limit); flatten them, or "
                + "raise it with --limit yaml-depth=4");
        SiteFixture.Run bad = site.build("--limit", "size=3", "--limit", "file-size=lots");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown limit 'size' (one of: file-size, line-length, yaml-depth, files)",
                "--limit file-size takes a positive whole number of bytes, optionally with KiB, MiB or GiB, not 'lots'");
        assertThat(site.build("--limit", "file-size=64KiB", "--limit", "yaml-depth=3").exit()).isZero();
    }

    @Test
    void aLinkInsideContentIsNotFollowedAndNothingOutsideIsRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MẬT-KHẨU-42\n");
        Path outsideFolder = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outsideFolder.resolve("x.yaml"), "name: MẬT-KHẨU-42\n");
        SiteFixture site = base();
        Files.createDirectories(site.content.resolve("assets"));
        Files.createSymbolicLink(site.content.resolve("people/lo.yaml"), secret);
        Files.createSymbolicLink(site.content.resolve("assets/secret.txt"), secret);
        Files.createSymbolicLink(site.content.resolve("organizations/more"), outsideFolder);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        String notFollowed = ": warning: symbolic link not followed: copy the file into the content folder instead";
        assertThat(run.errLines()).contains(site.path("assets/secret.txt") + notFollowed,
                site.path("organizations/more") + notFollowed, site.path("people/lo.yaml") + notFollowed);
        assertThat(Trees.digests(site.output).keySet()).noneMatch(p -> p.contains("secret") || p.contains("lo/"));
        try (Stream<Path> walk = Files.walk(site.output.toRealPath())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain("MẬT-KHẨU");
            }
        }
    }

    @Test
    void theContentFolderItselfMayBeALink() throws IOException {
        SiteFixture site = base();
        Path link = dir.resolve("linked-content");
        Files.createSymbolicLink(link, site.content);
        SiteFixture.Run run = site.run("build", "--source", link.toString(), "--output", site.output.toString(),
                "--as-of", "2025-01-15");
        assertThat(run.err()).isEmpty();
        assertThat(site.exists("events/hoi-nghi/index.html")).isTrue();
    }

    @Test
    void pipesAndDevicesAreSkippedNotRead() throws Exception {
        SiteFixture site = base();
        Files.createDirectories(site.content.resolve("pages"));
        Process mkfifo = new ProcessBuilder("mkfifo", site.content.resolve("pages/treo.md").toString()).start();
        assumeFalse(mkfifo.waitFor() != 0, "mkfifo is not available");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).contains(site.path("pages/treo.md") + ": warning: ignored: not a regular file "
                + "(a pipe, socket or device)");
    }

    @Test
    void twoIdsThatDifferOnlyByCaseAreAnError() {
        SiteFixture site = base().write("people/Tran-The-Cuong.yaml", "name: Trần Thế Cương (bản sao)\n")
                .writeBytes("assets/Anh.png", new byte[] {1}).writeBytes("assets/anh.png", new byte[] {2});
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains(
                site.path("assets/anh.png") + ": error: differs from " + site.path("assets/Anh.png") + " only by "
                        + "case: on a case-insensitive disk or web host one would replace the other; rename one of them",
                site.path("people/Tran-The-Cuong.yaml") + ": error: not a valid id: 'Tran-The-Cuong' (ids are "
                        + "lowercase ASCII letters, digits and hyphens, and are the page's URL): 'tran-the-cuong.yaml' "
                        + "exists too, and two ids may not differ only by case or accents; merge the two or give this "
                        + "one another name");
    }

    @Test
    void anUnreadableFileIsAnErrorWithItsPath() throws IOException {
        SiteFixture site = base().write("pages/khoa.md", "---\ntitle: Khóa\n---\n");
        Path file = site.content.resolve("pages/khoa.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "running as root: a file without permissions is still readable");
            SiteFixture.Run run = site.build();
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.errLines()).contains(site.path("pages/khoa.md") + ": error: cannot be read: permission denied");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

}
