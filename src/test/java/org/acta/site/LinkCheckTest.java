package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acta check} follows the links editors write, to the line. */
class LinkCheckTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("people/nguyen-van-a.yaml", "name: Nguyễn Văn A\n")
                .write("events/hoi-nghi/index.md", """
                        ---
                        title: Hội nghị
                        date: 2024-03
                        ---
                        Xem [đề dẫn](/events/hoi-nghi/de-dan/) và [phần thực trạng](/events/hoi-nghi/de-dan/#thuc-trang),
                        [ông A](/people/nguyen-van-a/), [ảnh](/assets/anh.txt).
                        """)
                .write("events/hoi-nghi/de-dan.md", """
                        ---
                        title: Đề dẫn
                        speaker: nguyen-van-a
                        role: opening
                        ---
                        ## Thực trạng

                        Như đã nói ở [trên](#thuc-trang) và ở [dưới](#giai-phap).
                        """)
                .writeBytes("assets/anh.txt", new byte[] {1});
    }

    @Test
    void passesLinksToPagesAnchorsAndAssetsThatExist() {
        site.write("events/hoi-nghi/de-dan.md", site.source("events/hoi-nghi/de-dan.md").replace("#giai-phap", "#thuc-trang"));
        SiteFixture.Run run = site.check();
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(site.output).doesNotExist();
    }

    @Test
    void findsADeadInternalLinkAndADeadAnchorWithTheirLines() {
        site.write("documents/ct-01.md", """
                ---
                title: Chương trình 01
                ---
                Thực hiện tại [hội nghị](/events/hoi-nghi/).

                Báo cáo của [ông B](/people/nguyen-van-b/) và [phần kết](/events/hoi-nghi/de-dan/#ket-luan).
                """);
        SiteFixture.Run run = site.check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                site.path("documents/ct-01.md") + ":6: error: link to '/events/hoi-nghi/de-dan/#ket-luan': the page "
                        + "/events/hoi-nghi/de-dan/ has no heading or anchor 'ket-luan'",
                site.path("documents/ct-01.md") + ":6: error: link to '/people/nguyen-van-b/' leads nowhere: no page "
                        + "of the site has the address /people/nguyen-van-b/; did you mean /people/nguyen-van-a/?",
                site.path("events/hoi-nghi/de-dan.md") + ":8: error: link to '#giai-phap': the page "
                        + "/events/hoi-nghi/de-dan/ has no heading or anchor 'giai-phap'",
                "check failed: 3 errors, 0 warnings");
        assertThat(site.output).doesNotExist();
    }

    @Test
    void listsExternalLinksWithoutFetchingThem() {
        site.write("pages/lien-he.md", "---\ntitle: Liên hệ\n---\nNguồn: [báo](https://bao.example/tin) và "
                + "<http://127.0.0.1:9/khong-co>.\n");
        site.write("events/hoi-nghi/de-dan.md", site.source("events/hoi-nghi/de-dan.md").replace("#giai-phap", "#thuc-trang"));
        SiteFixture.Run run = site.run("check", "--source", site.content.toString(), "--external", "--output",
                site.output.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(site.path("pages/lien-he.md") + ":4: https://bao.example/tin\n")
                .contains(site.path("pages/lien-he.md") + ":4: http://127.0.0.1:9/khong-co\n")
                .contains("2 external links");
    }

    @Test
    void checksExternalLinksOnlyWhenAskedAndWarnsAboutThoseThatDoNotAnswer() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().equals("/co") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        web.start();
        try {
            String base = "http://127.0.0.1:" + web.getAddress().getPort();
            site.write("pages/lien-he.md", "---\ntitle: Liên hệ\n---\n[có](" + base + "/co)\n\n[mất](" + base
                    + "/mat)\n");
            site.write("events/hoi-nghi/de-dan.md",
                    site.source("events/hoi-nghi/de-dan.md").replace("#giai-phap", "#thuc-trang"));
            SiteFixture.Run run = site.run("check", "--source", site.content.toString(), "--check-external",
                    "--timeout", "5", "--output", site.output.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.errLines()).containsExactly(
                    site.path("pages/lien-he.md") + ":6: warning: external link " + base + "/mat answers HTTP 404");
        } finally {
            web.stop(0);
        }
    }
}
