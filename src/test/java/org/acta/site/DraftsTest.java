package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code draft: true} on every kind of item: left out of a published build (its pages, search, the
 * feeds, the sitemap and the exports), what names it shown as plain text with a warning; shown by
 * {@code build --drafts} and by {@code serve}, each of its pages marked; listed by {@code check}.
 */
class DraftsTest {
    /** Text that only drafts hold: none of it may reach a published site, in any file. */
    static final List<String> DRAFT_TEXT = List.of("Văn bản nháp", "Trang liên hệ nháp", "Liên hệ nháp",
            "Ý kiến còn nháp", "Tóm tắt hội thảo nháp", "Phát biểu ở hội thảo", "Việc nháp", "Việc còn nháp",
            "riêng nháp", "rieng-nhap", "Tọa đàm");
    /** The pages of the drafts whose required fields are filled in, and of what goes with them. */
    static final Set<String> DRAFT_PAGES = Set.of("documents/nq-01/", "events/hoi-nghi/y-kien/", "events/hoi-thao/",
            "events/hoi-thao/print/", "events/hoi-thao/phat-bieu/", "tasks/event/hoi-thao/", "organizations/so-moi/",
            "tasks/assignee/so-moi/", "lien-he/", "people/tran-thi-b/", "tasks/viec-nhap/", "tags/rieng-nhap/");
    /** The pages of the drafts still to be filled in: shown nowhere. */
    static final Set<String> UNFILLED_PAGES = Set.of("people/le-van-c/", "events/toa-dam/");
    static final String BANNER = "Bản nháp — chưa công bố. Bản dựng để công bố bỏ trang này ra cho đến khi xoá "
            + "dòng 'draft: true'.";

    @TempDir
    Path dir;

    /** A site with a draft of every kind, each named by a published item, and one draft still to fill in. */
    static SiteFixture withDrafts(Path root) {
        return SiteFixture.withSite(root)
                .write("people/nguyen-van-a.yaml", "name: Nguyễn Văn A\n")
                .write("people/tran-thi-b.yaml", "draft: true\nname: Trần Thị Nháp\npositions:\n"
                        + "  - title: Chánh Văn phòng\n    organization: thanh-uy\n")
                .write("people/le-van-c.yaml", "draft: true\nname:\n")
                .write("organizations/thanh-uy.yaml", "name: Thành ủy\n")
                .write("organizations/so-moi.yaml", "draft: true\nname: Sở Nháp Mới\nparent: thanh-uy\n")
                .write("organizations/ban-x.yaml", "name: Ban X\nparent: so-moi\n")
                .write("documents/nq-01.md", "---\ndraft: true\ntitle: Nghị quyết nháp\nnumber: 01-NQ/TU\n---\n"
                        + "Văn bản nháp.\n")
                .write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nTrang giới thiệu.\n")
                .write("pages/lien-he.md", "---\ndraft: true\ntitle: Liên hệ nháp\n---\nTrang liên hệ nháp.\n")
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị sơ kết\ndate: 2024-03-10\n"
                        + "organizers: [thanh-uy, so-moi]\nchair: le-van-c\ndocuments: [nq-01]\ntags: [công khai]\n"
                        + "---\nTóm tắt hội nghị.\n")
                .write("events/hoi-nghi/de-dan.md", "---\ntitle: Đề dẫn\nspeaker: nguyen-van-a\nrole: opening\n"
                        + "order: 1\n---\nNội dung đề dẫn.\n")
                .write("events/hoi-nghi/ket-luan.md", "---\ntitle: Kết luận\nspeaker: tran-thi-b\n"
                        + "role: conclusion\norder: 3\n---\nNội dung kết luận.\n")
                .write("events/hoi-nghi/y-kien.md", "---\ndraft: true\ntitle: Ý kiến nháp\nspeaker: nguyen-van-a\n"
                        + "role: discussion\norder: 2\n---\nÝ kiến còn nháp.\n")
                .write("events/hoi-thao/index.md", "---\ndraft: true\ntitle: Hội thảo nháp\ndate: 2024-06\n"
                        + "tags: [riêng nháp]\n---\nTóm tắt hội thảo nháp.\n")
                .write("events/hoi-thao/phat-bieu.md", "---\ntitle: Phát biểu ở hội thảo\nspeaker: nguyen-van-a\n"
                        + "role: remarks\n---\nNội dung phát biểu.\n")
                .write("events/toa-dam/index.md", "---\ndraft: true\ntitle: Tọa đàm\ndate:\n---\n")
                .write("tasks/bao-cao.md", "---\ntitle: Báo cáo kết quả\nevent: hoi-nghi\nspeech: y-kien\n"
                        + "assignee: so-moi\npartners: [thanh-uy]\nassigned_by: tran-thi-b\ndue: 2024-12\n"
                        + "updates:\n  - date: 2024-05-02\n    note: Đã gửi dự thảo\n    evidence: nq-01\n---\n"
                        + "Báo cáo công khai.\n")
                .write("tasks/tong-ket.md", "---\ntitle: Tổng kết hội thảo\nevent: hoi-thao\nassignee: thanh-uy\n"
                        + "due: 2024-12\n---\n")
                .write("tasks/viec-nhap.md", "---\ndraft: true\ntitle: Việc nháp\nevent: hoi-nghi\n"
                        + "assignee: thanh-uy\n---\nViệc còn nháp.\n");
    }

    /** The site with drafts built with them, into {@code dir}/drafts: its draft pages marked, its references plain. */
    static SiteFixture staging(Path dir) {
        SiteFixture site = withDrafts(dir.resolve("drafts"));
        SiteFixture.Run run = site.build("--drafts");
        assertThat(run.exit()).as(run.err()).isZero();
        return site;
    }

    /** The warning at a reference to a draft left out of the site. */
    private static String leftOut(SiteFixture site, String reference, String draft) {
        return reference + ", a draft, so left out of the site: shown as plain text, not a link, until its line "
                + "'draft: true' is deleted (" + site.path(draft) + ")";
    }

    private static String reviewed(boolean shown) {
        return "draft not yet reviewed, " + (shown ? "shown marked as a draft (a build without --drafts leaves it "
                + "out)" : "left out of the site") + ": check it against its source, resolve its TODO notes, then "
                + "delete the line 'draft: true' to publish it";
    }

    private static String fillIn(String fields) {
        return "draft not yet reviewed: fill in " + fields + ", then delete the line 'draft: true'; until they are "
                + "filled in, it is left out of the site";
    }

    /** The warnings every build gives of the drafts still to fill in, and of the published item naming one. */
    private static List<String> unfilled(SiteFixture site) {
        return List.of(site.warning("events/hoi-nghi/index.md", 5, "'chair' names person 'le-van-c', a draft whose "
                        + "required fields are still to be filled in, so left out of the site: shown as plain text, "
                        + "not a link, until it is filled in (" + site.path("people/le-van-c.yaml") + ")"),
                site.warning("events/toa-dam/index.md", 2, fillIn("'date'")),
                site.warning("people/le-van-c.yaml", 1, fillIn("'name'")));
    }

    @Test
    void aPublishedBuildLeavesEveryDraftOutOfEveryFileAndNamesItWithoutALink() {
        SiteFixture site = withDrafts(dir);
        SiteFixture.Run build = site.build();

        assertThat(build.exit()).as(build.err()).isZero();
        List<String> expected = new java.util.ArrayList<>(List.of(
                site.warning("documents/nq-01.md", 2, reviewed(false)),
                site.warning("events/hoi-nghi/index.md", 4, leftOut(site, "'organizers' names organization 'so-moi'",
                        "organizations/so-moi.yaml")),
                site.warning("events/hoi-nghi/index.md", 6, leftOut(site, "'documents' names document 'nq-01'",
                        "documents/nq-01.md")),
                site.warning("events/hoi-nghi/ket-luan.md", 3, leftOut(site, "'speaker' names person 'tran-thi-b'",
                        "people/tran-thi-b.yaml")),
                site.warning("events/hoi-nghi/y-kien.md", 2, reviewed(false)),
                site.warning("events/hoi-thao/index.md", 2, reviewed(false)),
                site.path("events/hoi-thao/phat-bieu.md") + ": warning: left out of the site with its event, a "
                        + "draft: " + site.path("events/hoi-thao/index.md"),
                site.warning("organizations/ban-x.yaml", 2, leftOut(site, "'parent' names organization 'so-moi'",
                        "organizations/so-moi.yaml")),
                site.warning("organizations/so-moi.yaml", 1, reviewed(false)),
                site.warning("pages/lien-he.md", 2, reviewed(false)),
                site.warning("people/tran-thi-b.yaml", 1, reviewed(false)),
                site.warning("tasks/bao-cao.md", 4, leftOut(site, "'speech' names speech 'y-kien'",
                        "events/hoi-nghi/y-kien.md")),
                site.warning("tasks/bao-cao.md", 5, leftOut(site, "'assignee' names organization 'so-moi'",
                        "organizations/so-moi.yaml")),
                site.warning("tasks/bao-cao.md", 7, leftOut(site, "'assigned_by' names person 'tran-thi-b'",
                        "people/tran-thi-b.yaml")),
                site.warning("tasks/bao-cao.md", 12, leftOut(site, "'updates[1].evidence' names document 'nq-01'",
                        "documents/nq-01.md")),
                site.warning("tasks/tong-ket.md", 3, leftOut(site, "'event' names event 'hoi-thao'",
                        "events/hoi-thao/index.md")),
                site.warning("tasks/viec-nhap.md", 2, reviewed(false))));
        expected.addAll(unfilled(site));
        assertThat(build.errLines()).containsExactlyInAnyOrderElementsOf(expected);

        SortedMap<String, String> files = texts(site.output);
        assertThat(pages(files)).doesNotContainAnyElementsOf(DRAFT_PAGES).doesNotContainAnyElementsOf(UNFILLED_PAGES)
                .contains("events/hoi-nghi/", "events/hoi-nghi/ket-luan/", "tasks/bao-cao/", "tasks/tong-ket/",
                        "organizations/ban-x/", "gioi-thieu/", "tags/cong-khai/");
        assertThat(files.keySet()).doesNotContain("organizations/so-moi/feed.xml", "organizations/so-moi/tasks.ics")
                .contains("organizations/thanh-uy/feed.xml", "sitemap.xml", "feed.xml", "tasks.json", "tasks.csv",
                        "tasks.ics", "search/index.js");
        files.forEach((file, text) -> {
            assertThat(text).as(file).doesNotContain(DRAFT_TEXT).doesNotContain("class=\"draft-banner\"");
            for (String page : DRAFT_PAGES) {
                assertThat(text).as(file).doesNotContain("/" + page, "\"" + page);
            }
        });
        assertThat(files.values().stream().filter(t -> t.contains("Nội dung kết luận"))).as("search holds the rest")
                .anySatisfy(t -> assertThat(t).contains("ActaSearch"));
        assertEveryLinkLeadsToAFile(site.output, files);

        Document task = site.page("tasks/bao-cao/");
        assertThat(unlinked(task)).containsExactlyInAnyOrder("Sở Nháp Mới", "Trần Thị Nháp", "Ý kiến nháp",
                "01-NQ/TU — Nghị quyết nháp");
        assertThat(unlinked(site.page("tasks/tong-ket/"))).containsExactly("Hội thảo nháp");
        assertThat(unlinked(site.page("events/hoi-nghi/"))).as("organizer, chair, a speaker, a document, an assignee")
                .containsExactly("Sở Nháp Mới", "le-van-c", "Trần Thị Nháp", "Sở Nháp Mới", "01-NQ/TU — Nghị quyết nháp");
        assertThat(unlinked(site.page("events/hoi-nghi/ket-luan/"))).containsExactly("Trần Thị Nháp");
        assertThat(unlinked(site.page("organizations/ban-x/"))).containsExactly("Sở Nháp Mới");
        assertThat(site.page("tasks/").select("a").eachText()).noneMatch(t -> t.contains("Nháp") || t.contains("nháp"));
        assertThat(site.page("").select("nav a").eachText()).contains("Giới thiệu").doesNotContain("Liên hệ nháp");
        JsonNode tasks = json(site.read("tasks.json")).get("tasks");
        assertThat(tasks.findValuesAsText("id")).contains("bao-cao", "tong-ket").doesNotContain("viec-nhap");
        JsonNode report = task(tasks, "bao-cao");
        assertThat(report.get("assignee").toString()).isEqualTo("{\"id\":\"so-moi\",\"name\":\"Sở Nháp Mới\","
                + "\"url\":null}");
        assertThat(report.get("assigned_by").toString()).isEqualTo("{\"id\":\"tran-thi-b\",\"name\":\"Trần Thị Nháp\","
                + "\"url\":null}");
        assertThat(report.get("speech").toString()).isEqualTo("{\"id\":\"y-kien\",\"title\":\"Ý kiến nháp\","
                + "\"url\":null}");
        assertThat(report.get("updates").get(0).get("evidence_url").isNull()).isTrue();
        assertThat(task(tasks, "tong-ket").get("event").toString()).isEqualTo("{\"id\":\"hoi-thao\","
                + "\"title\":\"Hội thảo nháp\",\"date\":\"2024-06\",\"url\":null}");
        assertThat(site.read("tasks.csv").lines()).hasSize(3);
    }

    @Test
    void aBuildWithDraftsShowsThoseFilledInEachPageMarked() {
        SiteFixture site = withDrafts(dir);
        SiteFixture.Run build = site.build("--drafts");

        assertThat(build.exit()).as(build.err()).isZero();
        List<String> expected = new java.util.ArrayList<>(Stream.of("documents/nq-01.md", "events/hoi-nghi/y-kien.md",
                "events/hoi-thao/index.md", "pages/lien-he.md", "tasks/viec-nhap.md")
                .map(f -> site.warning(f, 2, reviewed(true))).toList());
        expected.add(site.warning("organizations/so-moi.yaml", 1, reviewed(true)));
        expected.add(site.warning("people/tran-thi-b.yaml", 1, reviewed(true)));
        expected.addAll(unfilled(site));
        assertThat(build.errLines()).containsExactlyInAnyOrderElementsOf(expected);

        SortedMap<String, String> files = texts(site.output);
        assertThat(pages(files)).containsAll(DRAFT_PAGES).doesNotContainAnyElementsOf(UNFILLED_PAGES);
        assertThat(files.keySet()).contains("organizations/so-moi/feed.xml", "organizations/so-moi/tasks.ics");
        Set<String> marked = new TreeSet<>();
        files.forEach((file, text) -> {
            if (file.endsWith(".html")) {
                Document page = Jsoup.parse(text);
                page.select(".draft-banner").forEach(banner -> {
                    assertThat(banner.text()).isEqualTo(BANNER);
                    assertThat(banner.parent()).isEqualTo(page.selectFirst("main"));
                    assertThat(banner.hasAttr("data-search-ignore")).isTrue();
                    marked.add(file.substring(0, file.length() - "index.html".length()));
                });
            }
        });
        assertThat(marked).isEqualTo(new TreeSet<>(Set.copyOf(DRAFT_PAGES)).stream()
                .filter(p -> !p.startsWith("tags/")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        assertEveryLinkLeadsToAFile(site.output, files);
        assertThat(unlinked(site.page("tasks/bao-cao/"))).isEmpty();
        assertThat(site.page("tasks/bao-cao/").select("a").eachText()).contains("Sở Nháp Mới", "Trần Thị Nháp",
                "Ý kiến nháp", "01-NQ/TU — Nghị quyết nháp");
        assertThat(unlinked(site.page("events/hoi-nghi/"))).containsExactly("le-van-c");
        String search = files.entrySet().stream().filter(e -> e.getKey().startsWith("search/"))
                .map(e -> e.getValue()).reduce("", String::concat);
        assertThat(search).contains("Ý kiến còn nháp", "Tóm tắt hội thảo nháp").doesNotContain("chưa công bố");
        assertThat(site.read("sitemap.xml")).contains("https://example.org/events/hoi-thao/");
        assertThat(site.read("feed.xml")).contains("Hội thảo nháp", "Ý kiến nháp");
        JsonNode tasks = json(site.read("tasks.json")).get("tasks");
        assertThat(tasks.findValuesAsText("id")).contains("viec-nhap");
        assertThat(task(tasks, "bao-cao").get("assignee").get("url").asText())
                .isEqualTo("https://example.org/organizations/so-moi/");
    }

    @Test
    void checkListsTheDraftsAndWhatTheyStillNeed() {
        SiteFixture site = withDrafts(dir);
        SiteFixture.Run check = site.check();

        assertThat(check.exit()).as(check.err()).isZero();
        String shown = " (serve and build --drafts show it, marked as a draft)";
        assertThat(check.out().lines().skip(1)).containsExactly(
                "9 drafts, left out of the site by build (without --drafts):",
                "  " + site.path("documents/nq-01.md") + ":2" + shown,
                "  " + site.path("events/hoi-nghi/y-kien.md") + ":2" + shown,
                "  " + site.path("events/hoi-thao/index.md") + ":2" + shown,
                "  " + site.path("events/toa-dam/index.md") + ":2 (to fill in: date; shown nowhere until then)",
                "  " + site.path("organizations/so-moi.yaml") + ":1" + shown,
                "  " + site.path("pages/lien-he.md") + ":2" + shown,
                "  " + site.path("people/le-van-c.yaml") + ":1 (to fill in: name; shown nowhere until then)",
                "  " + site.path("people/tran-thi-b.yaml") + ":1" + shown,
                "  " + site.path("tasks/viec-nhap.md") + ":2" + shown);
        assertThat(check.out()).startsWith("content is valid: ");
    }

    @Test
    void checkTellsThatALinkWrittenToADraftsPageLeadsToADraft() {
        SiteFixture site = withDrafts(dir).write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\n"
                + "Xem [bà B](/people/tran-thi-b/).\n\nVà [phát biểu](/events/hoi-thao/phat-bieu/).\n");
        SiteFixture.Run check = site.check();

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.errLines()).filteredOn(line -> line.contains("error:")).containsExactly(
                site.error("pages/gioi-thieu.md", 4, "link to '/people/tran-thi-b/' leads to a draft, which the site "
                        + "leaves out until it is published (" + site.path("people/tran-thi-b.yaml") + "): the link "
                        + "would lead nowhere; publish the draft, or remove the link"),
                site.error("pages/gioi-thieu.md", 6, "link to '/events/hoi-thao/phat-bieu/' leads to a draft, which "
                        + "the site leaves out until it is published (" + site.path("events/hoi-thao/index.md") + "): "
                        + "the link would lead nowhere; publish the draft, or remove the link"));
        SiteFixture.Run staging = site.run("check", "--drafts", "--source", site.content.toString(), "--templates",
                dir.resolve("no-templates").toString(), "--as-of", "2025-01-15");
        assertThat(staging.exit()).as(staging.err()).isZero();
    }

    @Test
    void aBuildAfterABuildWithDraftsIsNotTakenForUpToDate() {
        SiteFixture site = withDrafts(dir);
        assertThat(site.build("--drafts").exit()).isZero();
        assertThat(site.build().out()).startsWith("built ");
        assertThat(site.exists("events/hoi-thao/index.html")).isFalse();
    }

    @Test
    void servesTheDraftsExactlyAsABuildWithDraftsMakesThem() throws Exception {
        SiteFixture site = withDrafts(dir);
        assertThat(site.build("--drafts").exit()).isZero();
        SortedMap<String, String> built = texts(site.output);
        Process serve = BuildProcess.command(List.of(), List.of("serve", "--port", "0", "--source", "content",
                "--templates", "no-templates", "--as-of", "2025-01-15"), dir).redirectErrorStream(true).start();
        try {
            URI address = Served.address(serve);
            for (String file : built.keySet()) {
                String path = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length())
                        : file;
                String served = Served.get(address.resolve(path));
                assertThat(Served.withoutPreviewScript(served)).as(file).isEqualTo(built.get(file));
            }
            assertThat(Served.get(address.resolve("events/hoi-thao/"))).contains(BANNER.substring(0, 22));
        } finally {
            serve.destroy();
            if (!serve.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode task(JsonNode tasks, String id) {
        for (JsonNode task : tasks) {
            if (task.get("id").asText().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("no task '" + id + "' in tasks.json");
    }

    /** The texts plain where a link would be: the items a page names that the site leaves out. */
    private static List<String> unlinked(Document page) {
        return page.select("main .unlinked").eachText();
    }

    /** Every file of a built site, by its path there, as text. */
    static SortedMap<String, String> texts(Path output) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output.toRealPath())) {
            Path root = output.toRealPath();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(".")) {
                    files.put(path, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The addresses of the pages among the files: {@code events/x/}. */
    private static Set<String> pages(SortedMap<String, String> files) {
        Set<String> pages = new TreeSet<>();
        files.keySet().stream().filter(f -> f.endsWith("index.html"))
                .forEach(f -> pages.add(f.substring(0, f.length() - "index.html".length())));
        return pages;
    }

    /** Every link of every page leads to a file of the site: no link to a draft left out is broken. */
    private static void assertEveryLinkLeadsToAFile(Path output, SortedMap<String, String> files) {
        files.forEach((file, text) -> {
            if (!file.endsWith(".html") || file.equals("404.html")) {
                return;
            }
            URI page = URI.create("http://site/" + file);
            for (Element link : Jsoup.parse(text).select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("#") || href.contains("://") || href.startsWith("mailto:")) {
                    continue;
                }
                String target = page.resolve(href.replaceAll("[?#].*", "")).getPath().substring(1);
                String resolved = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
                assertThat(files).as(file + " links to " + href).containsKey(resolved);
            }
        });
    }
}
