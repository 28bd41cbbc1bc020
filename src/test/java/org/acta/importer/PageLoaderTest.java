package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.model.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing from a URL, served from this machine only: no test touches the internet. */
class PageLoaderTest {
    HttpServer server;
    String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tin/hoi-nghi.html", exchange -> {
            byte[] page = Files.readAllBytes(ImportRun.fixture("bac-ninh-cchc.html"));
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/tin/latin.html", exchange -> {
            byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body><article><h1>Café</h1>"
                    + "<p>Sáng 5/6/2024, tại Hà Nội diễn ra Hội nghị về cà phê và trà với nhiều đại biểu.</p>"
                    + "</article></body></html>").replace("Sáng", "Sang").getBytes(Charset.forName("windows-1252"));
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/anh.jpg", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, 3);
            exchange.getResponseBody().write(new byte[] {1, 2, 3});
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void importsAReportFromAUrl(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        ImportRun.Result imported = run.importFrom(base + "/tin/hoi-nghi.html");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(run.files()).anyMatch(f -> f.startsWith("events/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh"));
        assertThat(run.build().exit()).isZero();
    }

    @Test
    void readsTheCharsetThePageDeclares() throws Exception {
        Article article = ArticleExtractor.extract(new PageLoader(java.time.Duration.ofSeconds(5))
                .load(base + "/tin/latin.html"));
        assertThat(article.title()).isEqualTo("Café");
        assertThat(article.url()).contains(base + "/tin/latin.html");
    }

    @Test
    void saysWhyAPageCannotBeImported(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        for (String[] c : List.of(new String[] {base + "/khong-co.html", "HTTP 404"},
                new String[] {base + "/anh.jpg", "not an HTML page"},
                new String[] {dir.resolve("khong-co.html").toString(), "no such file"},
                new String[] {"ftp://example.org/a.html", "only local files and http(s) URLs"})) {
            ImportRun.Result result = run.importFrom(c[0]);
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).startsWith("import failed: ").contains(c[1]);
        }
        assertThat(run.files()).containsExactly("site.yaml");
        assertThat(ImportRun.acta("import").exit()).isEqualTo(2);
    }

    @Test
    void resolvesADateWithoutAYearAgainstThePublicationDate() {
        var published = java.util.Optional.of(java.time.LocalDate.of(2025, 1, 3));
        assertThat(EventReader.date(List.of("Chiều 28/12, tại Hà Nội, Ban Tổ chức tổ chức Hội nghị."), published)
                .date()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2024, 12, 28)));
        assertThat(EventReader.date(List.of("Sáng nay (3/1), Sở Nội vụ tổ chức Hội nghị."), published).date())
                .isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 1, 3)));
        assertThat(EventReader.date(List.of("Sáng 17/2, Thành ủy tổ chức Hội nghị."), java.util.Optional.empty())
                .date().isUnknown()).isTrue();
    }
}
