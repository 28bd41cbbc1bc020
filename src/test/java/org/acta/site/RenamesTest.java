package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.acta.model.SecurityPolicy;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Renaming an item keeps every link to it: {@code former_ids} leaves a page at each old address that
 * sends the reader on, and {@code _redirects} for hosts that read it; {@code check} warns of an address
 * of the live site that a rename without {@code former_ids} would break, naming the fix.
 */
class RenamesTest {
    @TempDir
    Path dir;

    /** An event, a speech and an organisation, each renamed and saying what it was called before. */
    private SiteFixture renamed() {
        return SiteFixture.withSite(dir)
                .write("events/hoi-nghi-moi/index.md", """
                        ---
                        title: Hội nghị tổng kết
                        date: 2024-03-05
                        former_ids: [hoi-nghi]
                        ---
                        Nội dung hội nghị.
                        """)
                .write("events/hoi-nghi-moi/de-dan.md", "---\ntitle: Đề dẫn\nspeaker: an\nrole: opening\n---\nĐề dẫn.\n")
                .write("events/hoi-nghi-moi/phat-bieu-ket-luan.md", """
                        ---
                        title: Phát biểu kết luận
                        speaker: an
                        role: conclusion
                        former_ids:
                          - ket-luan
                        ---
                        ## Giải pháp

                        Kết luận.
                        """)
                .write("people/an.yaml", "name: Nguyễn Văn An\n")
                .write("organizations/so-gd-dt.yaml", "name: Sở Giáo dục và Đào tạo\nformer_ids: so-gddt\n")
                .write("tasks/mo-lop.md", "---\ntitle: Mở lớp bồi dưỡng\nevent: hoi-nghi-moi\nassignee: so-gd-dt\n---\n");
    }

    @Test
    void eachOldAddressIsAValidPageThatSendsTheReaderOnAndNamesTheNewOneAsCanonical() throws Exception {
        SiteFixture site = renamed();
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).isEmpty();

        Document event = site.page("events/hoi-nghi/");
        assertThat(event.selectFirst("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=../../events/hoi-nghi-moi/");
        assertThat(event.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/events/hoi-nghi-moi/");
        Element link = event.selectFirst("main a");
        assertThat(link.attr("href")).isEqualTo("../../events/hoi-nghi-moi/");
        assertThat(link.text()).isEqualTo("Hội nghị tổng kết");
        assertThat(event.selectFirst("main").text()).isEqualTo("Trang đã chuyển địa chỉ Trang này nay ở địa chỉ mới: Hội nghị tổng kết");
        assertThat(event.title()).isEqualTo("Hội nghị tổng kết · Kỷ yếu thử");
        assertThat(event.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo(SecurityPolicy.PAGES);
        assertThat(event.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(event.select("script, style, [style]")).isEmpty();

        assertThat(site.page("events/hoi-nghi/de-dan/").selectFirst("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=../../../events/hoi-nghi-moi/de-dan/");
        for (String old : List.of("events/hoi-nghi/ket-luan/", "events/hoi-nghi-moi/ket-luan/",
                "events/hoi-nghi/phat-bieu-ket-luan/")) {
            assertThat(site.page(old).selectFirst("link[rel=canonical]").attr("href")).as(old)
                    .isEqualTo("https://example.org/events/hoi-nghi-moi/phat-bieu-ket-luan/");
        }
        assertThat(site.page("events/hoi-nghi/print/").selectFirst("main a").attr("href"))
                .isEqualTo("../../../events/hoi-nghi-moi/print/");
        assertThat(site.page("organizations/so-gddt/").selectFirst("main a").attr("href"))
                .isEqualTo("../../organizations/so-gd-dt/");
        assertThat(site.page("tasks/event/hoi-nghi/").selectFirst("main a").attr("href"))
                .isEqualTo("../../../tasks/event/hoi-nghi-moi/");
        assertThat(site.exists("events/hoi-nghi/index.html")).isTrue();
        assertThat(nuCheckerErrors(site, "events/hoi-nghi/index.html", "events/hoi-nghi/ket-luan/index.html"))
                .isEmpty();
    }

    @Test
    void hostsThatReadRedirectsGetEachOldAddressAsAPermanentRedirectFeedsIncluded() {
        SiteFixture site = renamed();
        assertThat(site.build().exit()).isZero();

        assertThat(site.read("_redirects")).isEqualTo("""
                # Written by Acta with every build: the addresses pages had before their items were renamed, \
                redirected for hosts that read this file (Netlify, Cloudflare Pages).
                /events/hoi-nghi-moi/ket-luan/ /events/hoi-nghi-moi/phat-bieu-ket-luan/ 301
                /events/hoi-nghi/ /events/hoi-nghi-moi/ 301
                /events/hoi-nghi/de-dan/ /events/hoi-nghi-moi/de-dan/ 301
                /events/hoi-nghi/ket-luan/ /events/hoi-nghi-moi/phat-bieu-ket-luan/ 301
                /events/hoi-nghi/phat-bieu-ket-luan/ /events/hoi-nghi-moi/phat-bieu-ket-luan/ 301
                /events/hoi-nghi/print/ /events/hoi-nghi-moi/print/ 301
                /organizations/so-gddt/ /organizations/so-gd-dt/ 301
                /organizations/so-gddt/feed.xml /organizations/so-gd-dt/feed.xml 301
                /organizations/so-gddt/tasks.ics /organizations/so-gd-dt/tasks.ics 301
                /tasks/assignee/so-gddt/ /tasks/assignee/so-gd-dt/ 301
                /tasks/event/hoi-nghi/ /tasks/event/hoi-nghi-moi/ 301
                """);
    }

    @Test
    void underABasePathTheRedirectsStartAtIt() {
        SiteFixture site = renamed().write("site.yaml", "title: Kỷ yếu thử\nbase_url: https://example.org/ky-yeu/\n");
        assertThat(site.build().exit()).isZero();

        assertThat(site.read("_redirects").lines()).contains("/ky-yeu/events/hoi-nghi/ /ky-yeu/events/hoi-nghi-moi/ 301");
        assertThat(site.page("events/hoi-nghi/").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/ky-yeu/events/hoi-nghi-moi/");
    }

    @Test
    void theOldAddressesAreNeitherInTheSitemapNorFoundBySearch() throws IOException {
        SiteFixture site = renamed();
        assertThat(site.build().exit()).isZero();

        String sitemap = site.read("sitemap.xml");
        assertThat(sitemap).contains("<loc>https://example.org/events/hoi-nghi-moi/</loc>")
                .doesNotContain("events/hoi-nghi/").doesNotContain("/ket-luan/<").doesNotContain("so-gddt");
        String index;
        try (Stream<Path> files = Files.walk(site.output.resolve("search/"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file));
            }
            index = all.toString();
        }
        assertThat(index).contains("events/hoi-nghi-moi/phat-bieu-ket-luan/").doesNotContain("events/hoi-nghi/")
                .doesNotContain("hoi-nghi-moi/ket-luan/").doesNotContain("Trang đã chuyển");
        // the event, its two speeches, the task, the person and the organisation
        assertThat(site.read("search/index.js")).contains("\"pages\":6,");
    }

    @Test
    void aLinkToAnOldAddressWorksButCheckNamesTheNewOne() {
        SiteFixture site = renamed().write("pages/gioi-thieu.md", """
                ---
                title: Giới thiệu
                ---
                Xem [kết luận](/events/hoi-nghi/ket-luan/#giai-phap) và [sai](/events/hoi-nghi/ket-luan/#khong-co).
                """);
        SiteFixture.Run run = site.check();

        assertThat(run.errLines()).containsExactly(
                site.error("pages/gioi-thieu.md", 4, "link to '/events/hoi-nghi/ket-luan/#khong-co': the page "
                        + "/events/hoi-nghi-moi/phat-bieu-ket-luan/ has no heading or anchor 'khong-co'"),
                site.warning("pages/gioi-thieu.md", 4, "link to '/events/hoi-nghi/ket-luan/#giai-phap' leads to a "
                        + "page that has moved: link to /events/hoi-nghi-moi/phat-bieu-ket-luan/#giai-phap instead; "
                        + "the old address only sends readers on"),
                "check failed: 1 error, 1 warning");
    }

    @Test
    void aFormerIdThatIsNotAnIdOrNamesALiveItemIsAnErrorAtItsLine() {
        SiteFixture site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", """
                        ---
                        title: Hội nghị
                        date: 2024
                        former_ids:
                          - Hội Nghị Cũ
                          - ket-luan.md
                          - hoi-nghi
                          - toa-dam
                          - cu
                        ---
                        """)
                .write("events/toa-dam/index.md", "---\ntitle: Tọa đàm\ndate: 2023\nformer_ids: [cu]\n---\n")
                .write("events/hoi-nghi/ket-luan.md", "---\ntitle: Kết luận\nrole: discussion\n"
                        + "speaker_note: Các đại biểu\nformer_ids: [print, {id: x}]\n---\n")
                .write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\nformer_ids: [events]\n---\n")
                .write("tasks/t.md", "---\ntitle: T\nevent: hoi-nghi\nassignee: so\nformer_ids: [status]\n---\n")
                .write("organizations/so.yaml", "name: Sở\n");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                site.error("events/hoi-nghi/index.md", 5, "not a valid id in 'former_ids': 'Hội Nghị Cũ' (ids are "
                        + "lowercase ASCII letters, digits and hyphens: write 'hoi-nghi-cu')"),
                site.error("events/hoi-nghi/index.md", 6, "not a valid id in 'former_ids': 'ket-luan.md' (ids are "
                        + "lowercase ASCII letters, digits and hyphens: write 'ket-luan')"),
                site.error("events/hoi-nghi/index.md", 7, "'former_ids' lists 'hoi-nghi', this event's own id; list "
                        + "only the ids it had before"),
                site.error("events/hoi-nghi/index.md", 8, "former id 'toa-dam' is still the id of "
                        + site.path("events/toa-dam/index.md") + ": delete that file if this one replaces it, or "
                        + "remove 'toa-dam' from 'former_ids'"),
                site.error("events/hoi-nghi/ket-luan.md", 5, "a speech's former id cannot be 'print': "
                        + "/events/<event-id>/print/ is the event's printable volume; remove it from 'former_ids'"),
                site.error("events/hoi-nghi/ket-luan.md", 5, "each item of 'former_ids' should be an id, found a "
                        + "mapping"),
                site.error("events/toa-dam/index.md", 4, "former id 'cu' is listed by "
                        + site.path("events/hoi-nghi/index.md") + ":9 too: an old address can lead to one page only; "
                        + "keep it in one of the two"),
                site.error("pages/gioi-thieu.md", 3, "a page's former id cannot be 'events': /events/ is already a "
                        + "part of the site; remove it from 'former_ids'"),
                site.error("tasks/t.md", 5, "a task's former id cannot be 'status': /tasks/status/ holds the "
                        + "tracker's views by status; remove it from 'former_ids'"),
                "build failed: 9 errors, 0 warnings; " + site.output + "/ was left unchanged");
    }

    /** The sample's event and speech, under their first ids, built: the live site a rename is checked against. */
    private SiteFixture live() {
        SiteFixture site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị tổng kết\ndate: 2024-03-05\n---\n")
                .write("events/hoi-nghi/de-dan.md", "---\ntitle: Đề dẫn\nspeaker: an\nrole: opening\n---\n")
                .write("events/hoi-nghi/ket-luan.md", "---\ntitle: Kết luận\nspeaker: an\nrole: conclusion\n---\n")
                .write("events/toa-dam/index.md", "---\ntitle: Tọa đàm\ndate: 2023\n---\n")
                .write("people/an.yaml", "name: Nguyễn Văn An\n");
        assertThat(site.build().exit()).isZero();
        return site;
    }

    private static void move(SiteFixture site, String from, String to) throws IOException {
        Path target = site.content.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(site.content.resolve(from), target);
    }

    @Test
    void checkWarnsOfARenameWithoutFormerIdsAndNamesTheFileToAddThemTo() throws IOException {
        SiteFixture site = live();
        move(site, "events/hoi-nghi/ket-luan.md", "events/hoi-nghi/phat-bieu-ket-luan.md");

        SiteFixture.Run run = site.check();

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(site.path("events/hoi-nghi/phat-bieu-ket-luan.md") + ": warning: "
                + "the live site has /events/hoi-nghi/ket-luan/, which this build does not: every link and bookmark "
                + "to it would break; if it is now " + site.path("events/hoi-nghi/phat-bieu-ket-luan.md") + ", add "
                + "'former_ids: [ket-luan]' to that file; if it was removed on purpose, add "
                + "'/events/hoi-nghi/ket-luan/' to 'removed' in " + site.path("site.yaml"));

        site.write("events/hoi-nghi/phat-bieu-ket-luan.md", site.source("events/hoi-nghi/phat-bieu-ket-luan.md")
                .replace("role: conclusion\n", "role: conclusion\nformer_ids: [ket-luan]\n"));
        assertThat(site.check().errLines()).isEmpty();
    }

    @Test
    void aRenamedEventCountsThePagesUnderItAndARemovalOnPurposeIsDeclaredInSiteYaml() throws IOException {
        SiteFixture site = live();
        move(site, "events/hoi-nghi", "events/hoi-nghi-moi");
        Files.delete(site.content.resolve("events/toa-dam/index.md"));

        SiteFixture.Run run = site.check();

        String gone = ", which this build does not: every link and bookmark to it would break; ";
        assertThat(run.errLines()).containsExactly(
                site.path("events/hoi-nghi-moi/index.md") + ": warning: the live site has /events/hoi-nghi/ (and 3 "
                        + "pages under it)" + gone + "if it is now " + site.path("events/hoi-nghi-moi/index.md")
                        + ", add 'former_ids: [hoi-nghi]' to that file; if it was removed on purpose, add "
                        + "'/events/hoi-nghi/' to 'removed' in " + site.path("site.yaml"),
                site.path("site.yaml") + ": warning: the live site has /events/toa-dam/ (and 1 page under it)" + gone
                        + "if it was "
                        + "renamed, add 'former_ids: [toa-dam]' to the file it has now; if it was removed on purpose, "
                        + "add '/events/toa-dam/' to 'removed' in " + site.path("site.yaml"));

        site.write("site.yaml", SiteFixture.SITE_YAML + "removed:\n  - /events/toa-dam/\n  - /events/hoi-nghi\n");
        assertThat(site.check().errLines()).isEmpty();
    }

    @Test
    void aFormerIdDroppedLaterIsAnAddressGoneToo() throws IOException {
        SiteFixture site = renamed();
        assertThat(site.build().exit()).isZero();
        site.write("organizations/so-gd-dt.yaml", "name: Sở Giáo dục và Đào tạo\n");

        assertThat(site.check().errLines()).containsExactly(site.path("site.yaml") + ": warning: the live site has "
                + "/organizations/so-gddt/, which this build does not: every link and bookmark to it would break; if "
                + "it was renamed, add 'former_ids: [so-gddt]' to the file it has now; if it was removed on purpose, "
                + "add '/organizations/so-gddt/' to 'removed' in " + site.path("site.yaml"));
    }

    /** The Nu HTML Checker's errors for these files of the built site. */
    private static List<String> nuCheckerErrors(SiteFixture site, String... files) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        checker.setUpValidatorAndParsers(handler, false, false);
        for (String file : files) {
            checker.checkHtmlFile(site.output.resolve(file).toFile(), true);
        }
        return errors;
    }
}
