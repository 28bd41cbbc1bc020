package org.acta.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.acta.build.BuildOptions;
import org.acta.build.SiteBuilder;
import org.acta.testing.TestFiles;

/** A small site in a temporary folder, previewed on a free port of 127.0.0.1, for the serve tests. */
final class PreviewSite implements AutoCloseable {
    static final String SPEECH = "events/hoi-nghi/de-dan.md";

    final Path content;
    final Path templates;
    final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    PreviewServer server;

    PreviewSite(Path root) {
        this.content = root.resolve("content");
        this.templates = root.resolve("templates");
        write("site.yaml", "title: Kỷ yếu thử\nbase_url: https://example.org/\n");
        write("people/nguyen-van-a.yaml", "name: Nguyễn Văn A\n");
        write("people/tran-thi-b.yaml", "name: Trần Thị B\n");
        write("organizations/thanh-uy.yaml", "name: Thành ủy\n");
        write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị sơ kết\ndate: 2024-03\nchair: nguyen-van-a\n---\n"
                + "Tóm tắt.\n");
        write(SPEECH, "---\ntitle: Đề dẫn\nspeaker: nguyen-van-a\nrole: opening\n---\n## Thực trạng\n\n"
                + "Nội dung đề dẫn ban đầu.\n");
        write("events/hoi-nghi/ket-luan.md", "---\ntitle: Kết luận\nspeaker: tran-thi-b\nrole: conclusion\n---\n"
                + "Kết luận của hội nghị.\n");
        write("tasks/bao-cao.md", "---\ntitle: Báo cáo kết quả\nevent: hoi-nghi\nassignee: thanh-uy\n"
                + "assigned_by: tran-thi-b\ndue: 2024-12\n---\nChi tiết.\n");
    }

    PreviewSite start() throws IOException {
        return start(builds -> builds);
    }

    /** Starts the preview with its builds passed through {@code around} (to put a fault in their way). */
    PreviewSite start(java.util.function.UnaryOperator<PreviewServer.Builds> around) throws IOException {
        BuildOptions options = BuildOptions.of(content, content.resolveSibling("site"), LocalDate.of(2025, 1, 15))
                .withAsOf(LocalDate.of(2025, 1, 15));
        if (Files.isDirectory(templates)) {
            options = options.withTemplates(templates);
        }
        server = PreviewServer.start(options, around.apply(PreviewServer.Builds.of(new SiteBuilder(options))),
                new InetSocketAddress("127.0.0.1", 0), new PrintWriter(log, true));
        return this;
    }

    PreviewSite write(String path, String text) {
        return writeUnder(content, path, text);
    }

    PreviewSite writeTemplate(String path, String text) {
        return writeUnder(templates, path, text);
    }

    private PreviewSite writeUnder(Path folder, String path, String text) {
        TestFiles.write(folder.resolve(path), text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String source(String path) {
        return TestFiles.read(content.resolve(path));
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    HttpResponse<String> get(String rawPath) {
        return fetch(URI.create(server.uri() + rawPath.substring(1)));
    }

    /** Asks for one address as it is, redirects not followed. */
    HttpResponse<String> fetch(URI address) {
        try {
            return http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks for a page until it satisfies the condition, for at most ten seconds. */
    HttpResponse<String> await(String path, Predicate<HttpResponse<String>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        HttpResponse<String> response = get(path);
        while (!condition.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path);
        }
        return response;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
