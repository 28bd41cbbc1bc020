package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acta new}: a file for every kind that builds as written, and refusals that say what to do. */
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

    @Test
    void writesAFileForEveryKindThatBuildsAsWritten() {
        for (String[] command : EVERY_KIND) {
            SiteFixture.Run run = acta(command);
            assertThat(run.exit()).as(String.join(" ", command) + ": " + run.err()).isZero();
            assertThat(run.err()).isEmpty();
        }
        SiteFixture.Run build = site.build();
        assertThat(build.err()).isEmpty();
        assertThat(build.exit()).isZero();
        assertThat(site.exists("events/hoi-thao-moi/index.html")).isTrue();
        assertThat(site.exists("events/hoi-nghi/phat-bieu/index.html")).isTrue();
        assertThat(site.exists("tasks/tong-ket/index.html")).isTrue();
        assertThat(site.exists("lien-he/index.html")).isTrue();
    }

    @Test
    void printsThePathItWroteWithEveryRequiredFieldAndTodayAsTheEventDate() {
        SiteFixture.Run run = acta("new", "event", "hoi-thao-moi");
        assertThat(run.out().strip()).isEqualTo(site.content + "/events/hoi-thao-moi/index.md");
        String text = site.source("events/hoi-thao-moi/index.md");
        assertThat(text).contains("\ntitle: \"Hoi thao moi\"").contains("\ndate: " + LocalDate.now())
                .contains("\n# organizers: [thanh-uy]").contains("\n# chair: nguyen-van-a");
        String task = run("new", "task", "tong-ket", "--event", "hoi-nghi");
        assertThat(task).contains("\nevent: hoi-nghi\n").contains("\nassignee: thanh-uy ")
                .contains("\n# due: " + LocalDate.now());
    }

    @Test
    void everyFieldANewFileOffersCommentedOutIsAFieldActaKnows() throws java.io.IOException {
        for (String[] command : EVERY_KIND) {
            SiteFixture.Run run = acta(command);
            Path file = Path.of(run.out().strip());
            String written = Files.readString(file);
            Files.writeString(file, written.replaceAll("(?m)^# ", ""));
        }
        SiteFixture.Run build = site.build();
        assertThat(build.errLines()).isNotEmpty().noneMatch(line -> line.contains("unknown field")
                || line.contains("required field"));
    }

    private String run(String... args) {
        SiteFixture.Run run = acta(args);
        assertThat(run.exit()).as(run.err()).isZero();
        try {
            return Files.readString(Path.of(run.out().strip()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTaskWrittenByNewBuildsOnceFilledIn() {
        acta("new", "task", "tong-ket", "--event", "hoi-nghi");
        String filled = site.source("tasks/tong-ket.md").replace("# assigned_by:", "assigned_by:")
                .replace("# due:", "due:").replace("# partners:", "partners:");
        site.write("tasks/tong-ket.md", filled);
        SiteFixture.Run build = site.build();
        assertThat(build.err()).isEmpty();
        assertThat(site.page("tasks/tong-ket/").text()).contains("Nguyễn Văn A");
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
