package org.acta.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.acta.model.OutputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Publishing with an I/O failure injected at each step, as a full disk or a lost permission
 * would make it fail: before the switch the output is as it was, after it the new site is live
 * and the failure is a warning; and nothing is ever left that the next publish does not remove.
 */
class PublisherTest {
    @TempDir
    Path dir;
    Path output;

    @BeforeEach
    void name() {
        output = dir.resolve("site");
    }

    private static Checkpoints failingAt(String step) {
        return reached -> {
            if (reached.equals(step)) {
                throw new IOException("injected failure at " + step);
            }
        };
    }

    private Publisher.Outcome publish(Checkpoints checkpoints, String text) throws Publisher.PublishException {
        try (Publisher.Draft draft = new Publisher(output, checkpoints).open()) {
            draft.add(List.of(new OutputFile("index.html", text.getBytes(StandardCharsets.UTF_8))));
            return draft.publish(List.of(), "from " + text + "\n");
        }
    }

    private String page() throws IOException {
        return Files.readString(output.resolve("index.html"));
    }

    private Optional<String> liveNote() {
        return new Publisher(output, Checkpoints.none()).liveNote();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> builds() throws IOException {
        return names(dir.resolve(".site.builds"));
    }

    @ParameterizedTest(name = "a failure when {0}: the previous site stays, its note {1}")
    @CsvSource({"locked, kept", "writing, kept", "written, kept", "noted, replaced", "linked, replaced"})
    void aFailureBeforeTheSwitchLeavesThePreviousSiteAndNothingElse(String step, String note) throws Exception {
        publish(Checkpoints.none(), "one");

        assertThatThrownBy(() -> publish(failingAt(step), "two"))
                .isInstanceOf(Publisher.PublishException.class)
                .hasMessage("cannot write the site to " + output + ": injected failure at " + step);

        assertThat(page()).isEqualTo("one");
        assertThat(Files.readSymbolicLink(output)).isEqualTo(Path.of(".site.builds/1"));
        // a note written for a build that never went live names that build: it is not believed
        assertThat(liveNote()).isEqualTo(note.equals("kept") ? Optional.of("from one\n") : Optional.empty());
        assertThat(builds()).containsExactly(".live-note", ".lock", "1");
        assertThat(names(dir)).containsExactly(".site.builds", "site");
        assertThat(publish(Checkpoints.none(), "three").warnings()).isEmpty();
        assertThat(page()).isEqualTo("three");
        assertThat(liveNote()).contains("from three\n");
    }

    @ParameterizedTest(name = "a failure when {0}: the new site is live, with a warning")
    @ValueSource(strings = {"switched", "removing-old"})
    void aFailureAfterTheSwitchLeavesTheNewSiteLiveAndSaysWhatIsLeft(String step) throws Exception {
        publish(Checkpoints.none(), "one");

        Publisher.Outcome outcome = publish(failingAt(step), "two");

        assertThat(outcome.warnings()).containsExactly("the new site is live, but the builds before it could not be "
                + "removed (injected failure at " + step + "); the next build tries again");
        assertThat(page()).isEqualTo("two");
        assertThat(Files.exists(output.resolve(Publisher.MARKER))).isTrue();
        assertThat(liveNote()).contains("from two\n");
        assertThat(builds()).containsExactly(".live-note", ".lock", "1", "2");
        assertThat(publish(Checkpoints.none(), "three").warnings()).isEmpty();
        assertThat(builds()).containsExactly(".live-note", ".lock", "3");
    }

    @Test
    void aNoteWhosePlaceIsTakenByAFolderIsReplacedAndTheNewSiteGoesLive() throws Exception {
        publish(Checkpoints.none(), "one");
        Path note = dir.resolve(".site.builds/.live-note");
        Files.delete(note);
        Files.createDirectories(note.resolve("x"));

        assertThat(publish(Checkpoints.none(), "two").warnings()).isEmpty();

        assertThat(page()).isEqualTo("two");
        assertThat(liveNote()).contains("from two\n");
    }

    @Test
    void aNoteOfABuildThatNeverWentLiveIsNeverTakenForALaterBuilds() throws Exception {
        publish(Checkpoints.none(), "one");
        assertThatThrownBy(() -> publish(failingAt("linked"), "two")).isInstanceOf(Publisher.PublishException.class);
        assertThat(Files.readString(dir.resolve(".site.builds/.live-note"))).startsWith("build 2\n");

        // build 2 never went live and its folder is gone; the next build is numbered past the note's
        try (Publisher.Draft draft = new Publisher(output, Checkpoints.none()).open()) {
            assertThat(builds()).containsExactly(".live-note", ".lock", "1", "3");
        }
    }

    @ParameterizedTest(name = "a plain folder is put back after a failure when {0}")
    @ValueSource(strings = {"moved-aside", "linked"})
    void aPlainSiteFolderThatCannotBeReplacedIsPutBack(String step) throws Exception {
        // the layout of Acta 0.1: the output a plain folder with the marker
        Files.createDirectories(output);
        Files.writeString(output.resolve(Publisher.MARKER), Publisher.MARKER_TEXT);
        Files.writeString(output.resolve("index.html"), "old");

        assertThatThrownBy(() -> publish(failingAt(step), "new")).isInstanceOf(Publisher.PublishException.class);

        assertThat(Files.isSymbolicLink(output)).isFalse();
        assertThat(page()).isEqualTo("old");
        assertThat(publish(Checkpoints.none(), "new").warnings()).isEmpty();
        assertThat(Files.isSymbolicLink(output)).isTrue();
        assertThat(page()).isEqualTo("new");
    }
}
