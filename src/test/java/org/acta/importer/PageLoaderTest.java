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
import static org.acta.model.Language.VI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing from a URL, served from this machine only: no test touches the internet. */
class PageLoaderTest {
    HttpServer server;
    HttpServer other;
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
        server.createContext("/slow.html", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/moved.html", exchange -> redirect(exchange, "/tin/hoi-nghi.html"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/secret.html", exchange -> {
            byte[] page = ("<html><body><article><h1>Bí mật nội bộ</h1><p>Sáng 5/6/2024, Hội nghị nội bộ "
                    + "của máy chủ khác đã diễn ra với nội dung không được phép rời máy này.</p></article></body></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        other.start();
        server.createContext("/elsewhere.html", exchange -> redirect(exchange,
                "http://127.0.0.1:" + other.getAddress().getPort() + "/secret.html"));
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        other.stop(0);
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

    private static Path binary(Path dir) {
        try {
            Path file = Files.createDirectories(dir.resolve("bin")).resolve("anh.html");
            Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 'H', 'o', 'i', ' ', 'n', 'g', 'h', 'i'});
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void saysWhyAPageCannotBeImported(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        for (String[] c : List.of(new String[] {base + "/khong-co.html", "HTTP 404"},
                new String[] {base + "/anh.jpg", "not an HTML page"},
                new String[] {dir.resolve("khong-co.html").toString(), "no such file"},
                new String[] {"ftp://example.org/a.html", "only local files and http(s) URLs"},
                new String[] {binary(dir).toString(), "not an HTML page (it holds binary data)"})) {
            ImportRun.Result result = run.importFrom(c[0]);
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).startsWith("import failed: ").contains(c[1]);
        }
        assertThat(run.files()).containsExactly("site.yaml");
        assertThat(ImportRun.acta("import").exit()).isEqualTo(2);
    }

    @Test
    void followsARedirectWithinTheSameOrigin(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        ImportRun.Result imported = run.importFrom(base + "/moved.html");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(run.files()).anyMatch(f -> f.startsWith("events/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh"));
    }

    @Test
    void refusesARedirectToAnotherLocalOrigin(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        ImportRun.Result result = run.importFrom(base + "/elsewhere.html");
        String target = "http://127.0.0.1:" + other.getAddress().getPort() + "/secret.html";
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("import failed: " + base + "/elsewhere.html: the redirect to " + target
                + " was not followed: it leaves the origin " + base + " for another local or private address\n");
        assertThat(run.files()).containsExactly("site.yaml");
    }

    @Test
    void saysInOneLineThatTheServerDidNotAnswerInTime(@TempDir Path dir) {
        ImportRun run = new ImportRun(dir);
        ImportRun.Result result = ImportRun.acta("import", base + "/slow.html", "--source", run.content.toString(),
                "--timeout", "1");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("import failed: " + base + "/slow.html: no answer within 1 s "
                + "(--timeout sets how long to wait)\n");
    }

    @Test
    void saysInOneLineThatNothingAnswersOrTheHostIsUnknown(@TempDir Path dir) throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ImportRun run = new ImportRun(dir);
        String refused = "http://127.0.0.1:" + closed + "/tin.html";
        assertThat(run.importFrom(refused).err()).isEqualTo("import failed: " + refused
                + ": the connection was refused: nothing answers at 127.0.0.1:" + closed + "\n");
        ImportRun.Result unknown = run.importFrom("http://khong-co-may-nay.invalid/tin.html");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("import failed: http://khong-co-may-nay.invalid/tin.html: unknown host "
                + "'khong-co-may-nay.invalid': check the address and the network connection\n");
        assertThat(run.files()).containsExactly("site.yaml");
    }

    @Test
    void refusesRedirectsFromPublicPagesToLocalOrPrivateAddresses() throws Exception {
        java.net.URI page = java.net.URI.create("https://tin.example.vn/bai.html");
        List<InetAddress> publicAddress = List.of(InetAddress.getByName("93.184.216.34"));
        for (String local : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1")) {
            assertThat(Redirects.refusal(page, publicAddress, java.net.URI.create("http://noi-bo/"),
                    List.of(InetAddress.getByName(local)))).as(local)
                    .contains("a public page may not send the import to a local or private address");
        }
        assertThat(Redirects.refusal(page, publicAddress, java.net.URI.create("https://cdn.example.vn/bai.html"),
                List.of(InetAddress.getByName("203.0.113.80")))).isEmpty();
        assertThat(Redirects.refusal(page, publicAddress, java.net.URI.create("file:///etc/passwd"), List.of()))
                .contains("it leads to 'file:', not to a web page");
        assertThat(Redirects.refusal(page, publicAddress, java.net.URI.create("http://khong-ro/"), List.of()))
                .isPresent();
    }

    @Test
    void resolvesADateWithoutAYearAgainstThePublicationDate() {
        var published = java.util.Optional.of(java.time.LocalDate.of(2025, 1, 3));
        assertThat(EventReader.date(List.of("Chiều 28/12, tại Hà Nội, Ban Tổ chức tổ chức Hội nghị."), published, VI)
                .date()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2024, 12, 28)));
        assertThat(EventReader.date(List.of("Sáng nay (3/1), Sở Nội vụ tổ chức Hội nghị."), published, VI).date())
                .isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 1, 3)));
        assertThat(EventReader.date(List.of("Sáng 17/2, Thành ủy tổ chức Hội nghị."), java.util.Optional.empty(), VI)
                .date().isUnknown()).isTrue();
    }
}
