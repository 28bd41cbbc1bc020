package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same content with the same as-of date are byte-identical — in the same
 * process, and in processes whose locale, time zone or default charset are different: nothing
 * a build prints depends on where the machine thinks it is.
 */
class DeterminismTest {
    private static final Path SAMPLE = Path.of("content").toAbsolutePath();
    private static final Path THEME = Path.of("templates").toAbsolutePath();

    /** A machine set up elsewhere: the JVM's options and the variables of its environment. */
    private record Elsewhere(String name, List<String> jvmOptions, Map<String, String> environment) {
    }

    private static final List<Elsewhere> ELSEWHERE = List.of(
            // Persian: digits of its own (۲۰۲۴), a calendar of its own, right-to-left
            new Elsewhere("fa-IR", List.of("-Duser.language=fa", "-Duser.country=IR"), Map.of()),
            // Turkish: "I".toLowerCase() is "ı", "i".toUpperCase() is "İ"
            new Elsewhere("tr-TR", List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of()),
            // fourteen hours ahead of UTC, set the way a machine sets it
            new Elsewhere("Kiritimati", List.of(), Map.of("TZ", "Pacific/Kiritimati")),
            new Elsewhere("ar-EG", List.of("-Duser.language=ar", "-Duser.country=EG",
                    "-Duser.timezone=America/Adak", "-Dfile.encoding=US-ASCII"), Map.of()));

    @TempDir
    Path dir;

    private static List<String> args(Path content, Path templates, Path output) {
        return List.of("build", "--source", content.toString(), "--templates", templates.toString(), "--output",
                output.toString(), "--as-of", "2025-01-15");
    }

    private SortedMap<String, String> buildInProcess(List<String> args) {
        SiteFixture.Run run = new SiteFixture(dir).run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return Trees.digests(Path.of(args.get(args.indexOf("--output") + 1)));
    }

    @Test
    void twoBuildsOfTheSampleAreByteIdentical() {
        SortedMap<String, String> first = buildInProcess(args(SAMPLE, THEME, dir.resolve("a")));
        SortedMap<String, String> second = buildInProcess(args(SAMPLE, THEME, dir.resolve("b")));
        assertThat(first).hasSizeGreaterThan(30);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theSampleIsByteIdenticalUnderOtherLocalesTimeZonesAndCharsets() {
        assertSameEverywhere("sample", output -> args(SAMPLE, THEME, output));
    }

    /** Every page kind, and a standing task of every recurrence with its periods named on the pages. */
    @Test
    void aSiteWithEveryPageKindAndRecurrenceIsByteIdenticalUnderOtherLocalesTimeZonesAndCharsets() {
        SiteFixture site = EveryPageKind.inline(dir)
                .write("tasks/hang-thang.md", """
                        ---
                        title: Mỗi tháng một bản tin
                        event: hoi-nghi
                        assignee: thanh-doan
                        recurrence: monthly
                        target:
                          value: 1
                          unit: bản tin
                        updates:
                          - date: 2024-11-05
                            note: Bản tin tháng Mười Một
                            period: 2024-11
                            value: 1
                          - date: 2024-12-20
                            note: Bản tin tháng Mười Hai
                            value: 1
                        ---
                        """)
                .write("tasks/hang-quy.md", """
                        ---
                        title: Mỗi quý một hội thảo
                        event: hoi-nghi
                        assignee: so-gddt
                        recurrence: quarterly
                        target:
                          value: 1
                          unit: hội thảo
                        updates:
                          - date: 2024-05
                            note: Hội thảo quý II
                            period: 2024-Q2
                            value: 1
                        ---
                        """);
        Path theme = site.root.resolve("no-templates");
        assertSameEverywhere("kinds", output -> args(site.content, theme, output));
    }

    private void assertSameEverywhere(String name, java.util.function.Function<Path, List<String>> build) {
        SortedMap<String, String> here = buildInProcess(build.apply(dir.resolve(name + "-here")));
        List<String> differences = new ArrayList<>();
        for (Elsewhere elsewhere : ELSEWHERE) {
            Path output = dir.resolve(name + "-" + elsewhere.name());
            BuildProcess.Result run = BuildProcess.run(elsewhere.jvmOptions(), elsewhere.environment(),
                    build.apply(output), dir);
            assertThat(run.exit()).as(elsewhere.name() + ": " + run.err()).isZero();
            SortedMap<String, String> there = Trees.digests(output);
            here.forEach((path, digest) -> {
                if (!digest.equals(there.get(path))) {
                    differences.add(elsewhere.name() + ": " + path);
                }
            });
            there.keySet().stream().filter(path -> !here.containsKey(path))
                    .forEach(path -> differences.add(elsewhere.name() + ": " + path + " (only there)"));
        }
        assertThat(differences).isEmpty();
    }
}
