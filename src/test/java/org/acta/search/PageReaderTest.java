package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.acta.cli.Main;
import org.acta.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan that reads pages for search reads them as a tree of the page would: checked against
 * jsoup's reading on every page of the sample site and on markup a theme may write.
 */
class PageReaderTest {

    private static OutputFile page(String main) {
        return new OutputFile("x/index.html", ("<!DOCTYPE html><html><head><title>T</title></head><body>"
                + "<nav><h2 id=menu>Menu</h2></nav>" + main + "<footer>Chân trang</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryPageOfTheSampleSiteAsATreeOfItWould(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"build", "--source", "content", "--templates", "templates", "--output",
            dir.resolve("site").toString(), "--as-of", "2025-06-30"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
        Path site = dir.resolve("site").toRealPath();
        int searchable = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                OutputFile page = new OutputFile(site.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
                assertThat(PageReader.read(page)).as(page.path()).isEqualTo(JsoupPageReader.read(page));
                searchable += PageReader.read(page).isPresent() ? 1 : 0;
            }
        }
        assertThat(searchable).isGreaterThan(15);
    }

    @Test
    void readsMarkupAThemeMayWriteAsATreeOfItWould() {
        for (String main : List.of(
                "<main data-search=\"speech\" data-search-date=\"5/3/2024\" data-search-year=\"2024\"><h1>Tham "
                        + "<em>luận</em></h1><p>Mở&nbsp;đầu &amp; tiếp&#x20;theo.</p><!-- ghi chú <h2 id=x>no</h2> -->"
                        + "<h2 id=\"thuc-trang\">Thực <code>trạng</code></h2><ul><li>Kết nạp<li>đảng viên</ul>"
                        + "<h3 id='b'>Rỗng</h3><section data-search-ignore><h2 id=c>Bỏ</h2><p>bỏ qua</p></section>"
                        + "<h4 id=d>Cuối</h4><p>Một<br>hai<br/>ba <img src=x alt=y> bốn</p><script>if (a<b) x();"
                        + "</script><style>p{}</style><p>năm <a href=\"/x\" title=\"a > b\">sáu</a></p></main>",
                "<main data-search=\"event\"><div><p>Không có tiêu đề<p>đoạn hai</div><table><tr><td>ô một<td>ô hai"
                        + "</table><p>A</p><p>B</p>  <template><p>mẫu</p></template><noscript>x</noscript></main>",
                "<div class=wrap><main data-search=\"page\" data-search-year=\"abc\"><header><h1>Trang</h1>"
                        + "<nav><h1>Không phải</h1></nav></header><h2 id=\"\">Mục không tên</h2><p>nội dung</p>"
                        + "<h2 id=e>Mục <sup><a class=footnote-ref href=#fn1>1</a></sup></h2><pre>dòng một\n"
                        + "   dòng hai</pre></main></div>")) {
            OutputFile page = page(main);
            assertThat(PageReader.read(page)).as(main).isEqualTo(JsoupPageReader.read(page));
        }
    }
}
