package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.acta.fields.ContentFields;
import org.acta.fields.Field;
import org.acta.scaffold.Kind;
import org.acta.source.ContentKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code acta new}: a draft for every kind, with the values it cannot know left empty, that builds
 * while it stays a draft and is refused once it is not; names kept as written and folded into the
 * id; refusals that say what to do.
 */
class NewCommandTest {
    /** One new file of every kind. */
    private static final String[][] EVERY_KIND = {{"new", "event", "hoi-thao-moi"},
            {"new", "speech", "phat-bieu", "--event", "hoi-nghi"}, {"new", "task", "tong-ket", "--event", "hoi-nghi"},
            {"new", "person", "tran-thi-b"}, {"new", "organization", "so-gddt"}, {"new", "document", "nghi-quyet-01"},
            {"new", "page", "lien-he"}};

    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("people/nguyen-van-a.yaml", "name: Nguyễn Văn A\n")
                .write("organizations/thanh-uy.yaml", "name: Thành ủy\n")
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03\n---\nTóm tắt.\n");
    }

    private SiteFixture.Run acta(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--source";
        all[args.length + 1] = site.content.toString();
        return site.run(all);
    }

    private String written(String... args) {
        SiteFixture.Run run = acta(args);
        assertThat(run.exit()).as(run.err()).isZero();
        try {
            return Files.readString(Path.of(run.out().strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void writesADraftOfEveryKindThatBuildsWhileItStaysADraft() {
        for (String[] command : EVERY_KIND) {
            SiteFixture.Run run = acta(command);
            assertThat(run.exit()).as(String.join(" ", command) + ": " + run.err()).isZero();
            assertThat(run.err()).isEmpty();
        }
        SiteFixture.Run build = site.build();
        assertThat(build.exit()).as(build.err()).isZero();
        String fill = "warning: draft not yet reviewed: fill in ";
        String then = ", then delete the line 'draft: true'; until they are filled in, it is left out of the site";
        assertThat(build.errLines()).containsExactly(
                site.path("documents/nghi-quyet-01.md") + ":2: " + fill + "'title'" + then,
                site.path("events/hoi-nghi/phat-bieu.md") + ":2: " + fill + "'title', 'speaker' and 'role'" + then,
                site.path("events/hoi-thao-moi/index.md") + ":2: " + fill + "'title' and 'date'" + then,
                site.path("organizations/so-gddt.yaml") + ":1: " + fill + "'name'" + then,
                site.path("pages/lien-he.md") + ":2: " + fill + "'title'" + then,
                site.path("people/tran-thi-b.yaml") + ":1: " + fill + "'name'" + then,
                site.path("tasks/tong-ket.md") + ":2: " + fill + "'title' and 'assignee'" + then);
    }

    /** Each kind's new file, and the errors a build gives once its 'draft: true' line is deleted. */
    static Stream<Arguments> untouched() {
        return Stream.of(
                Arguments.of(List.of("event", "hoi-thao-moi"), "events/hoi-thao-moi/index.md", List.of(
                        "2: error: required field 'title' is empty",
                        "3: error: required field 'date' is empty (write YYYY, YYYY-MM or YYYY-MM-DD, or 'unknown' "
                                + "with a 'date_note' when the sources give none)")),
                Arguments.of(List.of("speech", "phat-bieu", "--event", "hoi-nghi"), "events/hoi-nghi/phat-bieu.md",
                        List.of("2: error: required field 'title' is empty",
                                "3: error: required field 'speaker' is empty",
                                "4: error: required field 'role' is empty (one of: opening, keynote, discussion, "
                                        + "remarks, conclusion)")),
                Arguments.of(List.of("task", "tong-ket", "--event", "hoi-nghi"), "tasks/tong-ket.md", List.of(
                        "2: error: required field 'title' is empty",
                        "4: error: required field 'assignee' is empty")),
                Arguments.of(List.of("person", "tran-thi-b"), "people/tran-thi-b.yaml",
                        List.of("1: error: required field 'name' is empty")),
                Arguments.of(List.of("organization", "so-gddt"), "organizations/so-gddt.yaml",
                        List.of("1: error: required field 'name' is empty")),
                Arguments.of(List.of("document", "nghi-quyet-01"), "documents/nghi-quyet-01.md",
                        List.of("2: error: required field 'title' is empty")),
                Arguments.of(List.of("page", "lien-he"), "pages/lien-he.md",
                        List.of("2: error: required field 'title' is empty")));
    }

    @ParameterizedTest(name = "new {0}")
    @MethodSource("untouched")
    void buildRefusesAnUntouchedNewFileOnceItIsNoLongerADraft(List<String> command, String file,
                                                                List<String> errors) {
        String[] args = Stream.concat(Stream.of("new"), command.stream()).toArray(String[]::new);
        String text = written(args);
        assertThat(text).startsWith(file.endsWith(".md") ? "---\ndraft: true " : "draft: true ");
        site.write(file, text.replaceFirst("draft: true [^\n]*\n", ""));
        SiteFixture.Run build = site.build();
        assertThat(build.exit()).isEqualTo(1);
        List<String> expected = new java.util.ArrayList<>(errors.stream().map(e -> site.path(file) + ":" + e).toList());
        expected.add("build failed: " + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ", 0 warnings; "
                + site.output + "/ was left unchanged");
        assertThat(build.errLines()).containsExactlyElementsOf(expected);
    }

    @Test
    void guessesNoValueItCannotKnow() {
        assertThat(written("new", "speech", "phat-bieu", "--event", "hoi-nghi")).isEqualTo("""
                ---
                draft: true                         # a draft: delete this line when the speech is ready to publish
                title:                              # required: the speech's title
                speaker:                            # required: the speaker's person id (content/people/)
                role:                               # required: opening, keynote, discussion, conclusion or remarks
                order: 1                            # speeches are listed by order, then id
                # speaker_note: "Các đại biểu"      # a discussion without one speaker: who spoke, instead of speaker
                # position: "…"                     # the speaker's position as stated at the time
                # summary: "…"                      # one or two sentences for lists and search results
                # Below the closing '---': the speech, or the report of it, in Markdown.
                ---
                """);
        String task = written("new", "task", "tong-ket", "--event", "hoi-nghi");
        assertThat(task).contains("\nevent: hoi-nghi ").contains("\nassignee:   ").doesNotContain("thanh-uy")
                .contains("\n# due: " + LocalDate.now());
        assertThat(written("new", "event", "hoi-thao-moi")).contains("\ntitle:   ").contains("\ndate:   ")
                .doesNotContain("nguyen-van-a");
        assertThat(written("new", "person", "tran-thi-b")).contains("\nname:   ").doesNotContain("Tran thi b");
    }

    @Test
    void takesANameOrTitleKeepsItAsWrittenAndFoldsItIntoTheId() {
        SiteFixture.Run run = acta("new", "person", "Đặng Thị Hương");
        assertThat(run.out().strip()).isEqualTo(site.content + "/people/dang-thi-huong.yaml");
        assertThat(site.source("people/dang-thi-huong.yaml")).contains("\nname: \"Đặng Thị Hương\" ");
        assertThat(written("new", "organization", "Sở Giáo dục - Đào tạo Hà Nội"))
                .contains("\nname: \"Sở Giáo dục - Đào tạo Hà Nội\" ");
        assertThat(site.content.resolve("organizations/so-giao-duc-dao-tao-ha-noi.yaml")).exists();
        assertThat(written("new", "event", "Hội nghị tổng kết năm 2024")).contains("\ntitle: \"Hội nghị tổng kết "
                + "năm 2024\" ").contains("--event hoi-nghi-tong-ket-nam-2024\n");
        assertThat(written("new", "document", "Chương trình số 01-CTr/TU")).contains("\ntitle: \"Chương trình số "
                + "01-CTr/TU\" ");
        assertThat(site.content.resolve("documents/chuong-trinh-so-01-ctr-tu.md")).exists();
        SiteFixture.Run build = site.build();
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.errLines()).contains(site.path("people/dang-thi-huong.yaml") + ":1: warning: draft not yet "
                + "reviewed, left out of the site: check it against its source, resolve its TODO notes, then delete "
                + "the line 'draft: true' to publish it");
    }

    @Test
    void aNameWhoseIdIsTakenIsGivenAnotherIdWithTheIdOption() {
        SiteFixture.Run taken = acta("new", "person", "Nguyễn Văn A");
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.errLines()).containsExactly("acta new: " + site.content + "/people/nguyen-van-a.yaml already "
                + "exists: give this one another id with --id, or edit that file");
        assertThat(written("new", "person", "Nguyễn Văn A", "--id", "nguyen-van-a-1962"))
                .contains("\nname: \"Nguyễn Văn A\" ");
        assertThat(site.source("people/nguyen-van-a.yaml")).isEqualTo("name: Nguyễn Văn A\n");
        assertThat(acta("new", "person", "!!!").errLines()).containsExactly("acta new: cannot make an id from '!!!': "
                + "it has no letters or digits; give one with --id");
        assertThat(acta("new", "page", "lien-he", "--id", "x").errLines()).containsExactly("acta new: --id goes with "
                + "a name or title, which a page is not made from: give the id alone");
    }

    @Test
    void writesEveryRequiredFieldAndOnlyFieldsActaKnows() throws IOException {
        for (String[] command : EVERY_KIND) {
            Path file = Path.of(acta(command).out().strip());
            String text = Files.readString(file);
            ContentKind kind = ContentKind.valueOf(Kind.named(command[1]).orElseThrow().name());
            for (Field field : ContentFields.of(kind).own()) {
                if (field.required()) {
                    assertThat(text).as(command[1]).containsPattern("(?m)^" + field.name() + ":");
                }
            }
            // every commented field, and the lines of its example, taken out of their comment
            Files.writeString(file, text.replaceAll("(?m)^# (?=[a-z_]+:|  )", ""));
        }
        SiteFixture.Run build = site.build();
        assertThat(build.errLines()).isNotEmpty().noneMatch(line -> line.contains("unknown field")
                || line.contains("required field") || line.contains("YAML"));
    }

    @Test
    void whatNamesADraftStillToBeFilledInIsToldWhyAndShowsItsIdWithoutALink() {
        acta("new", "person", "tran-thi-b");
        acta("new", "event", "hoi-thao");
        site.write("events/hoi-nghi/ket-luan.md", "---\ntitle: Kết luận\nspeaker: tran-thi-b\nrole: conclusion\n---\n");
        site.write("events/hoi-thao/de-dan.md", "---\ntitle: Đề dẫn\nspeaker: nguyen-van-a\nrole: opening\n---\n");
        SiteFixture.Run build = site.build();
        assertThat(build.exit()).isZero();
        assertThat(build.errLines()).containsExactly(
                site.warning("events/hoi-nghi/ket-luan.md", 3, "'speaker' names person 'tran-thi-b', a draft whose "
                        + "required fields are still to be filled in, so left out of the site: shown as plain text, "
                        + "not a link, until it is filled in (" + site.path("people/tran-thi-b.yaml") + ")"),
                site.path("events/hoi-thao/de-dan.md") + ": warning: left out of the site with its event, a draft "
                        + "whose required fields are still to be filled in: " + site.path("events/hoi-thao/index.md"),
                site.warning("events/hoi-thao/index.md", 2, "draft not yet reviewed: fill in 'title' and 'date', then "
                        + "delete the line 'draft: true'; until they are filled in, it is left out of the site"),
                site.warning("people/tran-thi-b.yaml", 1, "draft not yet reviewed: fill in 'name', then delete the "
                        + "line 'draft: true'; until they are filled in, it is left out of the site"));
        assertThat(site.page("events/hoi-nghi/ket-luan/").select("main .unlinked").eachText())
                .containsExactly("tran-thi-b");
        assertThat(site.exists("people/tran-thi-b/index.html")).isFalse();
    }

    @Test
    void aTaskWrittenByNewBuildsOnceFilledIn() {
        acta("new", "task", "tong-ket", "--event", "hoi-nghi");
        String filled = site.source("tasks/tong-ket.md").replaceFirst("draft: true [^\n]*\n", "")
                .replaceFirst("title: ", "title: \"Tổng kết\"").replaceFirst("assignee: ", "assignee: thanh-uy")
                .replace("# assigned_by: person-id", "assigned_by: nguyen-van-a").replace("# due:", "due:");
        site.write("tasks/tong-ket.md", filled);
        SiteFixture.Run build = site.build();
        assertThat(build.err()).isEmpty();
        assertThat(site.page("tasks/tong-ket/").text()).contains("Nguyễn Văn A", "Tổng kết", "Thành ủy");
    }

    @Test
    void refusesAnInvalidIdSuggestingTheFoldedOne() {
        SiteFixture.Run run = acta("new", "speech", "Kết-Luận", "--event", "hoi-nghi");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("acta new: not a valid id: 'Kết-Luận' (ids are lowercase ASCII "
                + "letters, digits and hyphens: try 'ket-luan')");
        assertThat(site.content.resolve("events/hoi-nghi/Kết-Luận.md")).doesNotExist();
    }

    @Test
    void refusesAnIdAlreadyTakenAndLeavesTheFileAlone() {
        SiteFixture.Run run = acta("new", "person", "nguyen-van-a");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("acta new: " + site.content
                + "/people/nguyen-van-a.yaml already exists: choose another id, or edit that file");
        assertThat(site.source("people/nguyen-van-a.yaml")).isEqualTo("name: Nguyễn Văn A\n");
        assertThat(acta("new", "event", "hoi-nghi").errLines().get(0)).contains("events/hoi-nghi/ already exists");
    }

    @Test
    void asksForTheEventOfASpeechOrTask() {
        SiteFixture.Run missing = acta("new", "task", "tong-ket");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly(
                "acta new: a task belongs to an event: add --event EVENT-ID (there is: hoi-nghi)");
        SiteFixture.Run unknown = acta("new", "speech", "phat-bieu", "--event", "hoi-ngi");
        assertThat(unknown.errLines()).containsExactly(
                "acta new: no event 'hoi-ngi' in " + site.content + "/events/ (there is: hoi-nghi)");
        assertThat(acta("new", "chapter", "x").exit()).isEqualTo(2);
    }
}
