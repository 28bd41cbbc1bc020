package org.acta.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.BindException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.acta.build.BuildOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over a small site: pages follow the edits, errors are served, and nothing else is. */
class PreviewServerTest {
    static final String SPEECH_URL = "/events/hoi-nghi/de-dan/";

    @TempDir
    Path dir;
    PreviewSite site;

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void servesTheSiteFromMemoryWithTheReloadScriptInPagesOnly() throws Exception {
        site = new PreviewSite(dir).start();
        HttpResponse<String> page = site.get(SPEECH_URL);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("Nội dung đề dẫn ban đầu.")
                .contains("<script src=\"/_acta/reload.js\" data-build=\"1\"></script>");
        assertThat(site.get("/_acta/reload.js").body()).contains("new EventSource(\"/_acta/events\")");
        HttpResponse<String> css = site.get("/static/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).doesNotContain("EventSource");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void showsAnEditedSpeechWithinABoundedWait() throws Exception {
        site = new PreviewSite(dir).start();
        site.write(PreviewSite.SPEECH, site.source(PreviewSite.SPEECH).replace("ban đầu", "đã sửa"));
        HttpResponse<String> page = site.await(SPEECH_URL, r -> r.body().contains("Nội dung đề dẫn đã sửa."));
        assertThat(page.body()).contains("Nội dung đề dẫn đã sửa.");
    }

    @Test
    void reRendersOnlyThePagesAPersonEditAffects() throws Exception {
        site = new PreviewSite(dir).start();
        site.write("people/nguyen-van-a.yaml", "name: Nguyễn Văn An\n");
        assertThat(site.await(SPEECH_URL, r -> r.body().contains("Nguyễn Văn An")).body()).contains("Nguyễn Văn An");
        assertThat(site.await("/events/hoi-nghi/", r -> r.body().contains("Nguyễn Văn An")).body())
                .contains("Nguyễn Văn An");
        // the person's page, the people list, the speech, the event and its printable volume; not the other
        // speech, the task or home
        assertThat(site.log.toString()).containsPattern("rebuilt after a change to .*nguyen-van-a.yaml in \\d+ ms: "
                + "5 of \\d+ pages rendered");
    }

    @Test
    void announcesEachBuildOverServerSentEvents() throws Exception {
        site = new PreviewSite(dir).start();
        HttpURLConnection events = (HttpURLConnection) site.uri("/_acta/events").toURL().openConnection();
        events.setReadTimeout(10_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(events.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(events.getContentType()).startsWith("text/event-stream");
            assertThat(nextEvent(in)).containsExactly("event: build", "data: 1");
            site.write(PreviewSite.SPEECH, site.source(PreviewSite.SPEECH).replace("ban đầu", "mới"));
            assertThat(nextEvent(in)).containsExactly("event: build", "data: 2");
        } finally {
            events.disconnect();
        }
    }

    private static List<String> nextEvent(BufferedReader in) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isEmpty()) {
                if (lines.stream().anyMatch(l -> l.startsWith("event:"))) {
                    return lines;
                }
                lines.clear();
            } else if (!line.startsWith("retry:") && !line.startsWith(":")) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void servesAnSvgImageAsItIsPublishedWithoutItsScriptAlsoBehindABrokenEdit() throws Exception {
        site = new PreviewSite(dir).write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "onload=\"alert(1)\"><script>alert(2)</script><rect width=\"1\" height=\"1\"/></svg>").start();
        HttpResponse<String> svg = site.get("/assets/logo.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("<rect width=\"1\" height=\"1\">").doesNotContain("alert");

        String good = site.source(PreviewSite.SPEECH);
        site.write(PreviewSite.SPEECH, good.replace("speaker: nguyen-van-a", "speaker: nguyen-van-x"));
        site.await(SPEECH_URL, r -> r.body().contains("acta-build-errors"));
        assertThat(site.get("/assets/logo.svg").body()).contains("<rect").doesNotContain("alert");
    }

    @Test
    void servesTheErrorsOverTheLastGoodPagesAndRecoversWhenFixed() throws Exception {
        site = new PreviewSite(dir).start();
        String good = site.source(PreviewSite.SPEECH);
        site.write(PreviewSite.SPEECH, good.replace("speaker: nguyen-van-a", "speaker: nguyen-van-x"));
        HttpResponse<String> broken = site.await(SPEECH_URL, r -> r.body().contains("acta-build-errors"));
        String expected = site.content + "/events/hoi-nghi/de-dan.md:3: error: unknown person 'nguyen-van-x' in 'speaker'; "
                + "did you mean 'nguyen-van-a'?";
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body()).contains("id=\"acta-build-errors\"").contains(expected)
                .contains("Nội dung đề dẫn ban đầu."); // the last good page, behind the errors
        assertThat(site.log.toString()).contains(expected).contains("still serving the last good pages");

        site.write(PreviewSite.SPEECH, good.replace("ban đầu", "đã sửa"));
        HttpResponse<String> fixed = site.await(SPEECH_URL, r -> !r.body().contains("acta-build-errors"));
        assertThat(fixed.body()).doesNotContain("acta-build-errors").contains("Nội dung đề dẫn đã sửa.");
    }

    @Test
    void showsAnInternalErrorOverTheLastGoodPagesAndRecoversAtTheNextSave() throws Exception {
        AtomicBoolean fault = new AtomicBoolean();
        site = new PreviewSite(dir).start(builds -> (last, changed) -> {
            if (fault.getAndSet(false)) {
                throw new IllegalStateException("a fault put in the way of the build");
            }
            return builds.next(last, changed);
        });
        String good = site.source(PreviewSite.SPEECH);
        fault.set(true);
        site.write(PreviewSite.SPEECH, good.replace("ban đầu", "lần một"));
        HttpResponse<String> broken = site.await(SPEECH_URL, r -> r.body().contains("acta-build-errors"));
        String expected = site.content + "/events/hoi-nghi/de-dan.md: error: Acta failed while building this (an "
                + "internal error, not a mistake in the content: java.lang.IllegalStateException: a fault put in the "
                + "way of the build); please report it. The preview tries again at the next save";
        assertThat(broken.body()).contains(expected).contains("Nội dung đề dẫn ban đầu.");
        assertThat(site.log.toString()).contains(expected).contains("internal error; still serving the last good pages");

        site.write(PreviewSite.SPEECH, good.replace("ban đầu", "lần hai"));
        HttpResponse<String> recovered = site.await(SPEECH_URL, r -> !r.body().contains("acta-build-errors"));
        assertThat(recovered.body()).doesNotContain("acta-build-errors").contains("Nội dung đề dẫn lần hai.");
    }

    @Test
    void servesAnErrorPageWhenTheFirstBuildFailsAndKeepsWatching() throws Exception {
        site = new PreviewSite(dir);
        site.write("tasks/bao-cao.md", site.source("tasks/bao-cao.md").replace("assignee: thanh-uy", "assignee: so-gd"));
        site.start();
        HttpResponse<String> page = site.get("/");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("/tasks/bao-cao.md:4: error: unknown organization 'so-gd' in 'assignee'")
                .contains("/_acta/reload.js");
        site.write("tasks/bao-cao.md", site.source("tasks/bao-cao.md").replace("so-gd", "thanh-uy"));
        assertThat(site.await("/", r -> r.statusCode() == 200).statusCode()).isEqualTo(200);
    }

    @Test
    void seesFilesInAFolderMadeAfterItStarted() throws Exception {
        site = new PreviewSite(dir).start();
        site.write("events/hoi-nghi-moi/index.md", "---\ntitle: Hội nghị mới\ndate: 2024-06\n---\nMới.\n");
        assertThat(site.await("/events/hoi-nghi-moi/", r -> r.statusCode() == 200).body()).contains("Hội nghị mới");
        site.write("events/hoi-nghi-moi/phat-bieu.md", "---\ntitle: Phát biểu\nspeaker: tran-thi-b\nrole: remarks\n---\nA.\n");
        assertThat(site.await("/events/hoi-nghi-moi/phat-bieu/", r -> r.statusCode() == 200).statusCode())
                .isEqualTo(200);
    }

    @Test
    void reRendersThePagesOfAnEditedTemplate() throws Exception {
        site = new PreviewSite(dir);
        site.writeTemplate("speech.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page><h1>${page.title}</h1>"
                + "</@layout.page>");
        site.start();
        site.writeTemplate("speech.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page><h1>Bài: ${page.title}</h1>"
                + "</@layout.page>");
        assertThat(site.await(SPEECH_URL, r -> r.body().contains("Bài: Đề dẫn")).body()).contains("Bài: Đề dẫn");
        assertThat(site.log.toString()).containsPattern("speech.ftlh in \\d+ ms: 2 of \\d+ pages rendered");
    }

    @Test
    void answersNothingOutsideTheSite() throws Exception {
        site = new PreviewSite(dir).start();
        site.write("assets/logo.txt", "logo");
        assertThat(site.await("/assets/logo.txt", r -> r.statusCode() == 200).body()).isEqualTo("logo");
        for (String path : List.of("/../site.yaml", "/%2e%2e/site.yaml", "/assets/../site.yaml",
                "/assets/%2e%2e/site.yaml", "/assets/..%2fsite.yaml", "/site.yaml", "/events/hoi-nghi/index.md",
                "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/../../pom.xml")) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("base_url");
        }
    }

    @Test
    void redirectsAnAddressWithoutItsSlash() throws Exception {
        site = new PreviewSite(dir).start();
        HttpResponse<String> response = site.get("/events/hoi-nghi");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/events/hoi-nghi/");
    }

    @Test
    void servesASiteAtTheBasePathItIsPublishedAtWhereItsNotFoundPageWorks() throws Exception {
        site = new PreviewSite(dir).write("site.yaml", "title: Kỷ yếu thử\nbase_url: https://example.org/kyyeu/\n")
                .start();
        assertThat(site.server.uri().getPath()).isEqualTo("/kyyeu/");
        assertThat(site.get(SPEECH_URL).body()).contains("Nội dung đề dẫn ban đầu.");
        URI missing = site.server.uri().resolve("/kyyeu/events/khong-co/");
        HttpResponse<String> notFound = site.fetch(missing);
        assertThat(notFound.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(notFound.body());
        assertThat(page.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
        HttpResponse<String> style = site.fetch(missing.resolve(page.select("link[rel=stylesheet]").first().attr("href")));
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        HttpResponse<String> home = site.fetch(missing.resolve(page.select("main a").first().attr("href")));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("Kỷ yếu thử");
        HttpResponse<String> root = site.fetch(site.server.uri().resolve("/"));
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/kyyeu/");
    }

    @Test
    void refusesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            BuildOptions options = BuildOptions.of(new PreviewSite(dir).content, dir.resolve("site"), LocalDate.now());
            assertThatThrownBy(() -> PreviewServer.start(options,
                    new InetSocketAddress("127.0.0.1", taken.getLocalPort()), new PrintWriter(new StringWriter())))
                    .isInstanceOf(BindException.class);
        }
    }
}
