package org.acta.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acta.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild re-renders the pages an edit affects, and gives the same bytes as a full build. */
class RebuildTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private SiteBuilder builder() {
        return new SiteBuilder(BuildOptions.of(dir.resolve("content"), dir.resolve("site"), LocalDate.of(2025, 1, 15)));
    }

    private void writeSite() throws IOException {
        write("site.yaml", "title: Thử\nbase_url: https://example.org/\n");
        write("people/a.yaml", "name: Người A\n");
        write("people/b.yaml", "name: Người B\n");
        write("organizations/o.yaml", "name: Tổ chức O\n");
        write("events/e/index.md", "---\ntitle: Hội nghị E\ndate: 2024\n---\nTóm tắt.\n");
        write("events/e/s1.md", "---\ntitle: Bài 1\nspeaker: a\nrole: opening\norder: 1\n---\nMột.\n");
        write("events/e/s2.md", "---\ntitle: Bài 2\nspeaker: b\nrole: remarks\norder: 2\n---\nHai.\n");
        write("tasks/t.md", "---\ntitle: Việc T\nevent: e\nassignee: o\nassigned_by: a\n---\nChi tiết.\n");
    }

    private static Map<String, String> files(BuildResult result) {
        Map<String, String> files = new TreeMap<>();
        for (OutputFile f : result.files()) {
            files.put(f.path(), Arrays.toString(f.bytes()));
        }
        return files;
    }

    private static Set<String> changed(BuildResult before, BuildResult after) {
        Map<String, String> a = files(before);
        Set<String> changed = new TreeSet<>();
        files(after).forEach((path, bytes) -> {
            if (!bytes.equals(a.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    @Test
    void editingAPersonReRendersTheirPagesOnlyAndMatchesAFullBuild() throws IOException {
        writeSite();
        Preview first = builder().preview();
        assertThat(first.pagesRendered()).isEqualTo(first.result().pageCount());

        write("people/a.yaml", "name: Người An\n");
        Preview second = builder().preview(first, Set.of());
        assertThat(files(second.result())).isEqualTo(files(builder().preview().result()));
        // the pages that show the name: the person, the people list, their speech, the event, the task, and
        // the neighbouring speech (its pager names the speech, not the speaker: unchanged); the event's
        // printable volume; and the search index, the feed and the task export, which carry the name too
        assertThat(changed(first.result(), second.result())).containsExactly("events/e/index.html",
                "events/e/print/index.html", "events/e/s1/index.html", "feed.xml", "people/a/index.html",
                "people/index.html", "search/d/0.js", "search/t/0.js", "tasks.json", "tasks/t/index.html");
        assertThat(second.pagesRendered()).isEqualTo(6);
    }

    @Test
    void editingNothingReRendersNothing() throws IOException {
        writeSite();
        Preview first = builder().preview();
        Preview again = builder().preview(first, Set.of());
        assertThat(again.pagesRendered()).isZero();
        assertThat(files(again.result())).isEqualTo(files(first.result()));
    }

    @Test
    void aChangedTemplateReRendersThePagesThatUseItAndLayoutEverything() throws IOException {
        writeSite();
        Path theme = dir.resolve("templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("speech.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<h1>${page.title}</h1></@layout.page>");
        SiteBuilder builder = new SiteBuilder(BuildOptions.of(dir.resolve("content"), dir.resolve("site"),
                LocalDate.of(2025, 1, 15)).withTemplates(theme));
        Preview first = builder.preview();
        Files.writeString(theme.resolve("speech.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<h1>Bài: ${page.title}</h1></@layout.page>");
        assertThat(builder.preview(first, Set.of(theme.resolve("speech.ftlh"))).pagesRendered()).isEqualTo(2);
        // a template of the built-in theme the site begins to override, imported by every page
        Files.copy(Path.of("templates/layout.ftlh"), theme.resolve("layout.ftlh"));
        assertThat(builder.preview(first, Set.of(theme.resolve("layout.ftlh"))).pagesRendered())
                .isEqualTo(first.result().pageCount());
        // the system said only that something below the theme folder changed
        assertThat(builder.preview(first, Set.of(theme)).pagesRendered()).isEqualTo(first.result().pageCount());
    }

    @Test
    void aBrokenEditKeepsTheEarlierPagesForTheNextRebuild() throws IOException {
        writeSite();
        Preview first = builder().preview();
        write("events/e/s1.md", "---\ntitle: Bài 1\nspeaker: x\nrole: opening\n---\nMột.\n");
        Preview broken = builder().preview(first, Set.of());
        assertThat(broken.result().hasErrors()).isTrue();
        assertThat(broken.rendering()).isSameAs(first.rendering());
    }
}
