package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acta.model.OutputFile;
import org.junit.jupiter.api.Test;

/** The index files built from rendered pages: what is indexed, how it is encoded, and that it is stable. */
class SearchIndexTest {

    private static OutputFile html(String path, String main) {
        return new OutputFile(path, ("<!DOCTYPE html><html><head><title>T</title></head><body><nav>Trình đơn</nav>"
                + main + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static final OutputFile SPEECH = html("events/e/s/index.html",
            "<main data-search=\"speech\" data-search-date=\"5/3/2024\" data-search-year=\"2024\">"
                    + "<h1>Tham luận</h1><p>Mở đầu.</p><nav class=toc><a href=#thuc-trang>Thực trạng</a></nav>"
                    + "<h2 id=\"thuc-trang\">Thực trạng</h2><p>Kết nạp đảng viên.</p>"
                    + "<h2 id=\"tasks\">Nhiệm vụ</h2><ul data-search-ignore><li>Một nhiệm vụ khác</li></ul>"
                    + "<script>var x = 1;</script></main>");

    private static String text(List<OutputFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void readsTheMarkedTextInSectionsLeavingOutNavigationListsAndScripts() {
        SearchPage page = PageReader.read(SPEECH).orElseThrow();
        assertThat(page.url()).isEqualTo("events/e/s/");
        assertThat(page.kind()).isEqualTo("speech");
        assertThat(page.date()).isEqualTo("5/3/2024");
        assertThat(page.year()).isEqualTo(2024);
        assertThat(page.title()).isEqualTo("Tham luận");
        assertThat(page.sections()).containsExactly(new SearchPage.Section("", "", "Mở đầu."),
                new SearchPage.Section("thuc-trang", "Thực trạng", "Kết nạp đảng viên."));
    }

    @Test
    void leavesOutPagesTheThemeDoesNotMark() {
        assertThat(PageReader.read(html("events/index.html", "<main><h1>Sự kiện</h1></main>"))).isEmpty();
        assertThat(PageReader.read(new OutputFile("static/style.css", new byte[0]))).isEmpty();
    }

    @Test
    void keysWordsAndAdjacentPairsByTheirFoldedFormKeepingEachExactForm() {
        List<OutputFile> files = SearchIndex.build(List.of(SPEECH));
        assertThat(files).extracting(OutputFile::path).containsExactly("search/t/0.js", "search/d/0.js",
                "search/index.js");
        String shard = text(files, "search/t/0.js");
        assertThat(shard).startsWith("ActaSearch.shard(0,{\n")
                .contains("\"dang\":{\"đảng\":\"0", "\"dang vien\":{\"đảng viên\":\"0", "\"thuc trang\":{\"thực trạng\":\"0")
                .doesNotContain("khac", "trinh", "var");
        assertThat(text(files, "search/index.js")).isEqualTo("ActaSearch.manifest({\"version\":1,\"pages\":1,"
                + "\"shards\":1,\"kinds\":[\"event\",\"speech\",\"task\",\"person\",\"organization\",\"document\","
                + "\"page\"],\"groups\":[[1,2024,1]],\"chunks\":[0]});\n");
        assertThat(text(files, "search/d/0.js")).isEqualTo("ActaSearch.pages(0,[\n[\"events/e/s/\",\"Tham luận\","
                + "\"5/3/2024\",[[\"\",\"\",\"Mở đầu.\"],[\"thuc-trang\",\"Thực trạng\",\"Kết nạp đảng viên.\"]]]\n]);\n");
    }

    @Test
    void encodesGapsInBase32AndWeightsWithTitleAndHeadingFlags() {
        Postings p = new Postings();
        p.append(0, Postings.plusOne(Postings.plusOne(0, Postings.IN_TITLE), 0));
        p.append(40, Postings.plusOne(0, 0));
        p.append(1100, Postings.plusOne(0, Postings.IN_HEADING));
        // page 0: gap 0, weight 2|16; page 40: gap 40 = 1·32 + 8; page 1100: gap 1060 = 1·1024 + 1·32 + 4
        assertThat(p.toString()).isEqualTo("0I" + "X81" + "XX4X");
    }

    @Test
    void ordersPagesByKindThenNewestYearAndGivesTheSameBytesEveryTime() {
        List<OutputFile> pages = List.of(
                html("people/a/index.html", "<main data-search=\"person\"><h1>An</h1></main>"),
                html("events/old/index.html", "<main data-search=\"event\" data-search-year=\"2019\"><h1>Cũ</h1></main>"),
                html("events/new/index.html", "<main data-search=\"event\" data-search-year=\"2024\"><h1>Mới</h1></main>"));
        List<OutputFile> once = SearchIndex.build(pages);
        List<OutputFile> again = SearchIndex.build(List.of(pages.get(2), pages.get(0), pages.get(1)));
        assertThat(text(once, "search/index.js")).contains("\"groups\":[[0,2024,1],[0,2019,1],[3,0,1]]");
        assertThat(once).hasSameSizeAs(again);
        for (int i = 0; i < once.size(); i++) {
            assertThat(again.get(i).path()).isEqualTo(once.get(i).path());
            assertThat(again.get(i).bytes()).isEqualTo(once.get(i).bytes());
        }
    }

    @Test
    void shardsByTheSameHashAsTheBrowserScript() {
        // FNV-1a 32: the values the script's shardOf gives (checked in Chromium by SearchBrowserTest's searches)
        assertThat(Words.shardOf("", 1000)).isEqualTo((int) (0x811c9dc5L % 1000));
        assertThat(Words.shardOf("a", Integer.MAX_VALUE)).isEqualTo((int) (0xe40c292cL % Integer.MAX_VALUE));
    }
}
