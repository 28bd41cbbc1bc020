package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of content mistake, with the exact line an editor sees. */
class ContentErrorsTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n")
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục và Đào tạo\n")
                .write("people/tran-the-cuong.yaml", "name: Trần Thế Cương\n");
    }



    @Test
    void reportsUnknownAssigneeWithClosestId() {
        site.write("tasks/t1.md", """
                ---
                title: Làm việc
                event: hoi-nghi
                assignee: so-gd
                ---
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                site.error("tasks/t1.md", 4, "unknown organization 'so-gd' in 'assignee'; did you mean 'so-gddt'?"),
                "build failed: 1 error, 0 warnings; " + site.output + "/ was left unchanged");
    }

    @Test
    void reportsEveryProblemOfABuildTogether() {
        site.write("events/hoi-nghi/de-dan.md", """
                ---
                title: Đề dẫn
                speaker: tran-the-cuon
                role: openning
                oder: 1
                ---
                """);
        site.write("tasks/t1.md", """
                ---
                event: hoi-nghi
                assignee: so-gddt
                due: 2024-13
                status: finished
                ---
                """);
        site.write("people/vu-duc-bao.yaml", "name: Vũ Đức Bảo\npositions:\n  - title: Trưởng Ban\n    organization: ban-tc\n");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                site.error("events/hoi-nghi/de-dan.md", 3,
                        "unknown person 'tran-the-cuon' in 'speaker'; did you mean 'tran-the-cuong'?"),
                site.error("events/hoi-nghi/de-dan.md", 4,
                        "'role' cannot be 'openning' (one of: opening, keynote, discussion, remarks, conclusion); "
                                + "did you mean 'opening'?"),
                site.warning("events/hoi-nghi/de-dan.md", 5, "unknown field 'oder' is ignored; did you mean 'order'?"),
                site.error("people/vu-duc-bao.yaml", 4, "unknown organization 'ban-tc' in 'positions[1].organization' "
                        + "(no organization has a similar id; add content/organizations/ban-tc.yaml or correct the id)"),
                site.error("tasks/t1.md", 2, "missing required field 'title'"),
                site.error("tasks/t1.md", 4, "'due' không phải là ngày tháng: '2024-13' (hãy viết YYYY, YYYY-MM hoặc "
                        + "YYYY-MM-DD, thêm ~ ở cuối nếu là ngày ước chừng, hoặc 'unknown')"),
                site.error("tasks/t1.md", 5, "'status' cannot be 'finished' (one of: open, in-progress, done, cancelled)"),
                "build failed: 6 errors, 1 warning; " + site.output + "/ was left unchanged");
    }

    @Test
    void reportsAnIdWithDiacriticsAndSuggestsTheFoldedOne() {
        site.write("events/hoi-nghi/Kết-luận.md", "---\ntitle: Kết luận\nspeaker: tran-the-cuong\nrole: conclusion\n---\n");
        site.write("organizations/Đảng-ủy.yaml", "name: Đảng ủy\n");
        SiteFixture.Run run = site.check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains(
                site.path("events/hoi-nghi/Kết-luận.md") + ": error: not a valid id: 'Kết-luận' (ids are lowercase "
                        + "ASCII letters, digits and hyphens, and are the page's URL): rename it to 'ket-luan.md'",
                site.path("organizations/Đảng-ủy.yaml") + ": error: not a valid id: 'Đảng-ủy' (ids are lowercase "
                        + "ASCII letters, digits and hyphens, and are the page's URL): rename it to 'dang-uy.yaml'");
    }

    @Test
    void warnsAboutAnImageWhoseSizeCannotBeRead() {
        site.writeBytes("assets/anh/tot.png", EveryPageKind.png(8, 6))
                .writeBytes("assets/anh/hong.png", "<html>not an image</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .writeBytes("assets/anh/cut.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n"
                        + "![Tốt](/assets/anh/tot.png) ![Hỏng](/assets/anh/hong.png) ![Cắt](/assets/anh/cut.jpg)\n");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        String unread = ": warning: cannot read the width and height of this image (the file is damaged, or it is not "
                + "a PNG, JPEG or GIF image whatever its name says): pages show it without them, so the text around "
                + "it moves while it loads; open it and save it again as PNG, JPEG or GIF";
        assertThat(run.errLines()).containsExactly(site.path("assets/anh/cut.jpg") + unread,
                site.path("assets/anh/hong.png") + unread);
        assertThat(site.page("events/hoi-nghi/").select("img").eachAttr("width")).containsExactly("8");
    }

    @Test
    void reportsMalformedYamlAtTheEditorsLine() {
        site.write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024\nparticipants: [so-gddt\n---\n");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        // the slip alone, in the site's language: not the missing fields that follow from it
        assertThat(run.errLines()).containsExactly(
                site.error("events/hoi-nghi/index.md", 4, "dấu `[` mở ở đây không được đóng lại: hãy thêm `]` sau "
                        + "mục cuối cùng"),
                "build failed: 1 error, 0 warnings; " + site.output + "/ was left unchanged");
    }

    @Test
    void reportsFrontMatterProblems() {
        site.write("pages/a.md", "title: A\n");
        site.write("pages/b.md", "---\ntitle: B\nbody without a closing fence\n");
        site.write("pages/c.md", "---\ntitle: C\ntitle: D\n---\n");
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).containsSubsequence(
                site.error("pages/a.md", 1, "thiếu phần đầu (front matter): một tệp nội dung Markdown bắt đầu bằng "
                        + "một dòng '---', tiếp theo là các trường YAML, rồi một dòng '---' nữa"),
                site.error("pages/b.md", 1, "phần đầu (front matter) không được đóng lại: hãy thêm một dòng '---' sau "
                        + "trường cuối cùng"),
                site.error("pages/c.md", 3, "trường 'title' được viết hai lần (lần đầu ở dòng 2); hãy giữ lại một"));
    }

    @Test
    void reportsWrongTypesAndMissingEventDate() {
        site.write("events/hoi-nghi/index.md", """
                ---
                title: [a, b]
                figures:
                  - label: Giáo viên
                    value: 138.090.000
                organizers: {a: b}
                ---
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).containsSubsequence(
                site.error("events/hoi-nghi/index.md", 2, "'title' chỉ nhận một giá trị, nhưng ở đây lại viết một "
                        + "danh sách (`- …` hoặc `[…]`): hãy viết một giá trị duy nhất sau `title:`"),
                site.error("events/hoi-nghi/index.md", 2, "missing required field 'date' (write YYYY, YYYY-MM or YYYY-MM-DD, "
                        + "or 'unknown' with a 'date_note' when the sources give none)"),
                site.error("events/hoi-nghi/index.md", 5, "'figures[1].value' should be a number such as 138090 or 2.2 "
                        + "(no thousands separators), found '138.090.000'"),
                site.error("events/hoi-nghi/index.md", 6, "'organizers' là một danh sách, nhưng bên dưới lại viết "
                        + "các trường: hãy bắt đầu mỗi mục bằng `- `"));
    }

    @Test
    void reportsInvalidUtf8AndStrayFiles() {
        site.writeBytes("pages/bad.md", new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        site.write("events/hoi-nghi/notes.txt", "ghi chú");
        site.write("people/a.yml", "name: A\n");
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).contains(
                site.error("pages/bad.md", 2, "not valid UTF-8 text: save the file as UTF-8"),
                site.path("events/hoi-nghi/notes.txt") + ": warning: ignored: an event is a folder events/<event-id>/ "
                        + "with an index.md and one .md file per speech; put images under assets/",
                site.path("people/a.yml") + ": warning: ignored: content files end in '.yaml', not '.yml'; rename it");
    }

    @Test
    void reportsMissingSiteYamlAndBadSiteFields() {
        site.write("site.yaml", "title: T\nbase_url: example.org\nlanguage: fr\nas_of: 2024-06\n");
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).containsSubsequence(
                site.error("site.yaml", 2, "'base_url' must be an absolute http(s) URL such as https://example.org/, "
                        + "found 'example.org'"),
                site.error("site.yaml", 3, "'language' cannot be 'fr' (one of: vi, en)"),
                site.error("site.yaml", 4, "'as_of' must be a whole day, YYYY-MM-DD; found '2024-06'"));
    }

    @Test
    void reportsUnknownSpeechOfTheTasksEvent() {
        site.write("events/hoi-nghi/ket-luan.md", "---\ntitle: K\nspeaker: tran-the-cuong\nrole: conclusion\n---\n");
        site.write("tasks/t1.md", "---\ntitle: T\nevent: hoi-nghi\nspeech: ket-lun\nassignee: so-gddt\n---\n");
        assertThat(site.build().errLines()).contains(site.error("tasks/t1.md", 4,
                "unknown speech 'ket-lun' in 'speech': event 'hoi-nghi' has no such speech; did you mean 'ket-luan'?"));
    }

    @Test
    void aSpeechNeedsASpeakerUnlessItRecordsADiscussion() {
        site.write("events/hoi-nghi/a.md", "---\ntitle: A\nrole: remarks\n---\n");
        site.write("events/hoi-nghi/b.md", "---\ntitle: B\nrole: discussion\n---\n");
        site.write("events/hoi-nghi/c.md", "---\ntitle: C\nrole: discussion\nspeaker_note: Các đại biểu\n---\n");
        assertThat(site.build().errLines()).containsSubsequence(
                site.error("events/hoi-nghi/a.md", 2, "missing required field 'speaker'"),
                site.error("events/hoi-nghi/b.md", 2, "a discussion record without a 'speaker' needs a 'speaker_note' "
                        + "saying who spoke (e.g. \"Các đại biểu dự Hội nghị\")"));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
        assertThat(site.build().exit()).isZero();
        String before = site.read("events/hoi-nghi/index.html");
        long files;
        try (var walk = Files.walk(site.output)) {
            files = walk.count();
        }
        site.write("events/hoi-nghi/index.md", "---\ntitle: Đã sửa\ndate: 2024-03-01\nchair: ai-do\n---\n");
        assertThat(site.build().exit()).isEqualTo(1);
        assertThat(site.read("events/hoi-nghi/index.html")).isEqualTo(before);
        try (var walk = Files.walk(site.output)) {
            assertThat(walk.count()).isEqualTo(files);
        }
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site", ".site.builds");
        }
    }

    @Test
    void refusesToReplaceAFolderActaDidNotBuild() throws Exception {
        Files.createDirectories(site.output);
        Files.writeString(site.output.resolve("thesis.docx"), "precious");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(4); // not a content error: the site could not be published
        assertThat(run.err()).contains("it is a folder Acta did not build");
        assertThat(Files.readString(site.output.resolve("thesis.docx"))).isEqualTo("precious");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(site.run("build", "--no-such-option").exit()).isEqualTo(2);
        assertThat(site.run("build", "--as-of", "2024-13-01").exit()).isEqualTo(2);
        assertThat(site.run("frobnicate").exit()).isEqualTo(2);
        SiteFixture.Run help = site.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("build", "check");
    }

    @Test
    void checkWritesNothing() {
        SiteFixture.Run run = site.check();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("content is valid: ");
        assertThat(Files.exists(site.output)).isFalse();
    }
}
