package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same content with the same as-of date are byte-identical — in the same
 * process, and in a process whose locale, time zone and default charset are all different.
 */
class DeterminismTest {
    private static final Path SAMPLE = Path.of("content").toAbsolutePath();
    private static final Path THEME = Path.of("templates").toAbsolutePath();

    @TempDir
    Path dir;

    private List<String> args(Path output) {
        return List.of("build", "--source", SAMPLE.toString(), "--templates", THEME.toString(), "--output",
                output.toString(), "--as-of", "2025-01-15");
    }

    private SortedMap<String, String> buildInProcess(Path output) {
        SiteFixture.Run run = new SiteFixture(dir).run(args(output).toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return Trees.digests(output);
    }

    @Test
    void twoBuildsOfTheSampleAreByteIdentical() {
        SortedMap<String, String> first = buildInProcess(dir.resolve("a"));
        SortedMap<String, String> second = buildInProcess(dir.resolve("b"));
        assertThat(first).hasSizeGreaterThan(30);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void localeTimeZoneAndDefaultCharsetDoNotLeakIntoTheSite() {
        SortedMap<String, String> here = buildInProcess(dir.resolve("here"));
        for (List<String> elsewhere : List.of(
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                        "-Dfile.encoding=ISO-8859-1"),
                List.of("-Duser.language=ar", "-Duser.country=EG", "-Duser.timezone=America/Adak",
                        "-Dfile.encoding=US-ASCII"))) {
            Path output = dir.resolve("elsewhere-" + elsewhere.get(0).substring(elsewhere.get(0).indexOf('=') + 1));
            BuildProcess.Result run = BuildProcess.run(elsewhere, args(output), dir);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Trees.digests(output)).as(elsewhere.toString()).isEqualTo(here);
        }
    }
}
