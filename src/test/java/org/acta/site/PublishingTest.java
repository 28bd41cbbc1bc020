package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing as the reader's web server and the maintainer's rsync see it: site/ is always one
 * complete build, a killed build leaves nothing the next build does not clean, and a rebuild
 * rewrites only the files that changed.
 */
class PublishingTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị phiên một\ndate: 2024-03-01\n---\nTóm tắt.\n")
                .write("events/hoi-nghi/de-dan.md",
                        "---\ntitle: Đề dẫn\nspeaker: tran-the-cuong\nrole: opening\n---\nNội dung.\n")
                .write("people/tran-the-cuong.yaml", "name: Trần Thế Cương\n")
                .write("people/vu-duc-bao.yaml", "name: Vũ Đức Bảo\n")
                .write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nTrang giới thiệu.\n")
                .writeBytes("assets/anh.png", EveryPageKind.png(3, 2));
    }

    /** The second version of the content: one title changed, one person added, one removed. */
    private void editSite() throws Exception {
        site.write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị phiên hai\ndate: 2024-03-01\n---\nTóm tắt.\n")
                .write("people/nguyen-van-a.yaml", "name: Nguyễn Văn A\n");
        Files.delete(site.content.resolve("people/vu-duc-bao.yaml"));
    }

    private List<String> buildArgs() {
        return List.of("build", "--source", site.content.toString(), "--output", site.output.toString(),
                "--templates", dir.resolve("no-templates").toString(), "--as-of", "2025-01-15");
    }

    private List<String> besideTheSite() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> builds() throws Exception {
        try (Stream<Path> list = Files.list(dir.resolve(".site.builds"))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "killed when {0}: site/ is the {1} build")
    @CsvSource({"locked, previous", "writing, previous", "written, previous", "noted, previous",
            "linked, previous", "switched, new", "removing-old, new"})
    void aBuildKilledAtAnyStepLeavesOneCompleteSite(String step, String expected) throws Exception {
        assertThat(site.build().exit()).isZero();
        SortedMap<String, String> previous = Trees.digests(site.output);
        editSite();

        BuildProcess.killAt(step, buildArgs(), dir);
        SortedMap<String, String> afterKill = Trees.digests(site.output);

        assertThat(site.build().exit()).isZero();
        SortedMap<String, String> next = Trees.digests(site.output);
        assertThat(next).isNotEqualTo(previous);
        assertThat(afterKill).isEqualTo(expected.equals("new") ? next : previous);
        assertThat(besideTheSite()).containsExactly(".site.builds", "content", "site");
        assertThat(builds()).hasSize(3).contains(".lock", ".live-note");
        assertThat(site.page("events/hoi-nghi/").title()).startsWith("Hội nghị phiên hai");
    }

    @Test
    void aNoteThatCannotReplaceTheOldOneNeverTakesTheLiveSiteWithIt() throws Exception {
        assertThat(site.build().exit()).isZero();
        // the note's place taken by a folder: its rename fails (as a full disk makes any write fail)
        Path note = dir.resolve(".site.builds/.live-note");
        Files.delete(note);
        Files.createDirectories(note.resolve("x"));
        editSite();

        SiteFixture.Run run = site.build("--force");

        assertThat(run.exit()).isZero();
        assertThat(site.exists(".acta-site")).isTrue();
        assertThat(site.page("events/hoi-nghi/").title()).startsWith("Hội nghị phiên hai");
        assertThat(builds()).containsExactly(".live-note", ".lock", "2");
        assertThat(site.build().out()).contains("is up to date");
    }

    @ParameterizedTest(name = "a failure when {0}: exit {1}, site/ is the {2} build")
    @CsvSource({"locked, 4, previous", "writing, 4, previous", "written, 4, previous", "noted, 4, previous",
            "linked, 4, previous", "switched, 0, new", "removing-old, 0, new"})
    void aFailureAtAnyStepLeavesOneCompleteSiteAndSaysWhat(String step, int exit, String expected) throws Exception {
        assertThat(site.build().exit()).isZero();
        SortedMap<String, String> previous = Trees.digests(site.output);
        editSite();

        BuildProcess.Result failed = BuildProcess.run(List.of("-Dacta.test.publish.fail=" + step), buildArgs(), dir);

        assertThat(failed.exit()).as(failed.err()).isEqualTo(exit);
        SortedMap<String, String> afterFailure = Trees.digests(site.output);
        if (expected.equals("previous")) {
            assertThat(afterFailure).isEqualTo(previous);
            // the build runs in the folder that holds site/, so messages name it "site"
            assertThat(failed.err()).contains("site: error: cannot write the site to " + site.output
                    + ": injected failure at " + step + "\nnot published: site/ was left as it was\n");
        } else {
            assertThat(site.page("events/hoi-nghi/").title()).startsWith("Hội nghị phiên hai");
            assertThat(failed.err()).contains("site: warning: the new site is live, but the builds before it could "
                    + "not be removed (injected failure at " + step + "); the next build tries again\n");
            assertThat(failed.out()).startsWith("built ");
        }
        assertThat(site.build("--force").exit()).isZero();
        assertThat(Trees.digests(site.output)).isNotEqualTo(previous);
        assertThat(besideTheSite()).containsExactly(".site.builds", "content", "site");
        assertThat(builds()).hasSize(3).contains(".lock", ".live-note");
    }

    @Test
    void siteIsALinkToTheLiveBuildAndOldBuildsAreRemoved() throws Exception {
        assertThat(site.build().exit()).isZero();
        assertThat(Files.isSymbolicLink(site.output)).isTrue();
        assertThat(Files.readSymbolicLink(site.output)).isEqualTo(Path.of(".site.builds/1"));
        editSite();
        assertThat(site.build().exit()).isZero();
        assertThat(Files.readSymbolicLink(site.output)).isEqualTo(Path.of(".site.builds/2"));
        assertThat(builds()).containsExactly(".live-note", ".lock", "2");
        assertThat(site.exists("people/nguyen-van-a/index.html")).isTrue();
        assertThat(site.exists("people/vu-duc-bao/index.html")).isFalse();
    }

    @Test
    void aRebuildKeepsTheBytesAndTimesOfUnchangedFiles() throws Exception {
        assertThat(site.build().exit()).isZero();
        SortedMap<String, String> before = Trees.digests(site.output);
        SortedMap<String, FileTime> timesBefore = Trees.modified(site.output);
        Thread.sleep(20);
        editSite();
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        SortedMap<String, String> after = Trees.digests(site.output);
        SortedMap<String, FileTime> timesAfter = Trees.modified(site.output);

        assertThat(after.get("events/hoi-nghi/index.html")).isNotEqualTo(before.get("events/hoi-nghi/index.html"));
        assertThat(timesAfter.get("events/hoi-nghi/index.html"))
                .isGreaterThan(timesBefore.get("events/hoi-nghi/index.html"));
        for (String unchanged : List.of("gioi-thieu/index.html", "assets/anh.png", "static/style.css",
                ".acta-site")) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
            assertThat(timesAfter.get(unchanged)).as(unchanged).isEqualTo(timesBefore.get(unchanged));
        }
        assertThat(run.out()).containsPattern("; \\d+ files written, \\d+ unchanged\\)");
    }

    @Test
    void aForcedRebuildOfUnchangedContentWritesNothing() {
        assertThat(site.build().exit()).isZero();
        SortedMap<String, FileTime> before = Trees.modified(site.output);
        SiteFixture.Run run = site.build("--force");
        assertThat(run.out()).contains("; 0 files written, " + before.size() + " unchanged)");
        assertThat(Trees.modified(site.output)).isEqualTo(before);
    }

    @Test
    void aBuildOfUnchangedContentSaysTheSiteIsUpToDateShowsItsWarningsAgainAndTouchesNothing() throws Exception {
        site.write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\ncolour: đỏ\n---\nTrang giới thiệu.\n");
        SiteFixture.Run first = site.build();
        assertThat(first.exit()).isZero();
        String warning = site.warning("pages/gioi-thieu.md", 3, "unknown field 'colour' is ignored (known "
                + "fields: title, order, draft, former_ids)");
        assertThat(first.errLines()).containsExactly(warning);
        Path live = site.output.toRealPath();
        SortedMap<String, FileTime> before = Trees.modified(site.output);

        SiteFixture.Run again = site.build();

        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith(site.output + "/ is up to date: nothing changed since the last build ("
                + first.out().replaceAll("(?s)^built (\\d+) pages.*", "$1") + " pages, tasks judged as of 2025-01-15; "
                + "checked in ").contains("; 1 warning); --force builds it again");
        assertThat(again.errLines()).containsExactly(warning);
        assertThat(site.output.toRealPath()).isEqualTo(live);
        assertThat(Trees.modified(site.output)).isEqualTo(before);
        assertThat(besideTheSite()).containsExactly(".site.builds", "content", "site");
    }

    @Test
    void anEditedFileAnotherAsOfDateOrForceBuildsAgain() throws Exception {
        assertThat(site.build().exit()).isZero();
        // the same size, another text: the file's time or identity tells
        Path page = site.content.resolve("pages/gioi-thieu.md");
        Files.writeString(page, Files.readString(page).replace("Trang giới thiệu.", "Tranh giới thiệu."));
        assertThat(site.build().out()).startsWith("built ");
        assertThat(site.page("gioi-thieu/").text()).contains("Tranh giới thiệu.");
        assertThat(site.build().out()).contains("is up to date");

        assertThat(site.run("build", "--source", site.content.toString(), "--output", site.output.toString(),
                "--templates", dir.resolve("no-templates").toString(), "--as-of", "2025-02-01").out())
                .startsWith("built ");
        assertThat(site.build("--force").out()).startsWith("built ");
        Files.delete(site.content.resolve("people/vu-duc-bao.yaml"));
        assertThat(site.build().out()).startsWith("built ");
    }

    @Test
    void aPlainSiteFolderOfAnOlderActaIsTakenOverAndAKillInBetweenIsRepaired() throws Exception {
        assertThat(site.build().exit()).isZero();
        SortedMap<String, String> previous = Trees.digests(site.output);
        // the layout of Acta 0.1: site/ a plain folder with the marker
        Path real = site.output.toRealPath();
        Files.delete(site.output);
        Files.move(real, site.output);
        Trees.deleteTree(dir.resolve(".site.builds"));
        assertThat(Trees.digests(site.output)).isEqualTo(previous);
        editSite();

        BuildProcess.killAt("moved-aside", buildArgs(), dir);
        // the one moment a plain folder cannot be replaced atomically: the next build repairs it
        assertThat(site.build().exit()).isZero();
        assertThat(Files.isSymbolicLink(site.output)).isTrue();
        assertThat(site.page("events/hoi-nghi/").title()).startsWith("Hội nghị phiên hai");
        assertThat(besideTheSite()).containsExactly(".site.builds", "content", "site");
        assertThat(builds()).hasSize(3);
    }

    @Test
    void aSecondBuildWaitsForNoOneAndSaysAnotherIsPublishing() throws Exception {
        assertThat(site.build().exit()).isZero();
        // forced: the content did not change, and a build that has nothing to do does not publish
        List<String> forced = new java.util.ArrayList<>(buildArgs());
        forced.add("--force");
        Process paused = BuildProcess.pauseAt("locked", forced, dir);
        try {
            SiteFixture.Run run = site.build("--force");
            assertThat(run.exit()).isEqualTo(4);
            assertThat(run.err()).contains("another build is publishing to " + site.output + " right now");
        } finally {
            paused.destroyForcibly().waitFor();
        }
        assertThat(site.build().exit()).isZero();
    }

    @Test
    void theHelpOfBuildNamesTheStatusOfASiteThatCouldNotBePublished() {
        SiteFixture.Run help = site.run("build", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Exit status:\n", "  1   the content has errors; the previous site is left as it "
                + "was\n", "  4   the site could not be published for another reason than its content\n");
    }

    @Test
    void refusesToReplaceALinkActaDidNotMake() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("www"));
        Files.writeString(elsewhere.resolve("index.html"), "mine");
        Files.createSymbolicLink(site.output, elsewhere);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("is a symbolic link to " + elsewhere + ", which Acta did not make");
        assertThat(Files.readString(elsewhere.resolve("index.html"))).isEqualTo("mine");
    }
}
