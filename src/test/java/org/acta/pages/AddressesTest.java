package org.acta.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.acta.model.Language;
import org.acta.model.Origin;
import org.acta.model.Site;
import org.junit.jupiter.api.Test;

/** Addresses made from the table: paths, files, absolute addresses and the way back to the root. */
class AddressesTest {
    private final Addresses site = new Addresses(new Site("Kỷ yếu", "https://x.org/acta/", Language.VI,
            Optional.empty(), Optional.empty()));

    @Test
    void fillsAKindsPatternWithItsIdsInOrder() {
        Address speech = site.page(PageKind.SPEECH, "hoi-nghi", "ket-luan");
        assertThat(speech.path()).isEqualTo("events/hoi-nghi/ket-luan/");
        assertThat(speech.file()).isEqualTo("events/hoi-nghi/ket-luan/index.html");
        assertThat(site.absolute(speech)).isEqualTo("https://x.org/acta/events/hoi-nghi/ket-luan/");
        assertThat(site.output(OutputKind.ORGANIZATION_FEED, "so-gddt")).isEqualTo("organizations/so-gddt/feed.xml");
        assertThat(site.page(PageKind.HOME).file()).isEqualTo("index.html");
        assertThat(site.page(PageKind.NOT_FOUND).file()).isEqualTo("404.html");
    }

    @Test
    void refusesTheWrongNumberOfIds() {
        assertThatThrownBy(() -> site.page(PageKind.EVENT, "a", "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the address events/{event-id}/ takes 1 id, not 2");
    }

    @Test
    void pagesLinkToTheRootRelativelyAndThePageForAMissingAddressFromTheBasePath() {
        assertThat(site.root(site.page(PageKind.HOME))).isEmpty();
        assertThat(site.root(site.page(PageKind.EVENT, "hoi-nghi"))).isEqualTo("../../");
        assertThat(site.root(site.page(PageKind.SPEECH, "hoi-nghi", "ket-luan"))).isEqualTo("../../../");
        assertThat(site.root(site.page(PageKind.NOT_FOUND))).isEqualTo("/acta/");
        assertThat(new Addresses(new Site("T", "https://x.org/", Language.VI, Optional.empty(), Optional.empty()))
                .root(site.page(PageKind.NOT_FOUND))).isEqualTo("/");
    }

    @Test
    void everyPageClaimsItsOwnAddressButThePageForAMissingOne() {
        assertThat(site.canonical(site.page(PageKind.HOME))).hasValue("https://x.org/acta/");
        assertThat(site.canonical(site.page(PageKind.TASK, "bao-cao"))).hasValue("https://x.org/acta/tasks/bao-cao/");
        assertThat(site.canonical(site.page(PageKind.NOT_FOUND))).isEmpty();
    }

    @Test
    void aPageThatMovedClaimsTheAddressItSendsToNotItsOwn() {
        Address moved = site.moved(site.page(PageKind.EVENT, "hoi-nghi-cu"));
        assertThat(moved.path()).isEqualTo("events/hoi-nghi-cu/");
        assertThat(moved.file()).isEqualTo("events/hoi-nghi-cu/index.html");
        assertThat(site.canonical(moved)).isEmpty();
        assertThat(site.root(moved)).isEqualTo("../../");
    }

    @Test
    void readsWhichPageAPathIsByTheKindWithTheMostFixedText() {
        assertThat(site.parse("events/hoi-nghi/")).hasValue(site.page(PageKind.EVENT, "hoi-nghi"));
        assertThat(site.parse("events/hoi-nghi/ket-luan/")).hasValue(site.page(PageKind.SPEECH, "hoi-nghi",
                "ket-luan"));
        assertThat(site.parse("events/hoi-nghi/print/")).hasValue(site.page(PageKind.PRINT_VOLUME, "hoi-nghi"));
        assertThat(site.parse("events/")).hasValue(site.page(PageKind.EVENTS));
        assertThat(site.parse("gioi-thieu/")).hasValue(site.page(PageKind.PAGE, "gioi-thieu"));
        assertThat(site.parse("tasks/assignee/so-gddt/")).hasValue(site.page(PageKind.TASKS_BY_ASSIGNEE, "so-gddt"));
        assertThat(site.parse("")).hasValue(site.page(PageKind.HOME));
        assertThat(site.parse("events/a/b/c/")).isEmpty();
        assertThat(site.parse("static/style.css")).isEmpty();
    }

    @Test
    void aRenamedEventMovesEveryPageItsIdIsPartOfAndARenamedSpeechItsOwn() {
        ItemPage event = new ItemPage(site.page(PageKind.EVENT, "moi"), List.of("cu"), new Origin("e", 1));
        ItemPage speech = new ItemPage(site.page(PageKind.SPEECH, "moi", "ket-luan"), List.of("kl"),
                new Origin("s", 1));
        ItemPage other = new ItemPage(site.page(PageKind.SPEECH, "khac", "ket-luan"), List.of(), new Origin("o", 1));
        List<Address> live = List.of(site.page(PageKind.EVENT, "moi"), site.page(PageKind.PRINT_VOLUME, "moi"),
                site.page(PageKind.SPEECH, "moi", "ket-luan"), site.page(PageKind.SPEECH, "moi", "de-dan"),
                site.page(PageKind.SPEECH, "khac", "ket-luan"), site.page(PageKind.TASKS_BY_EVENT, "moi"),
                site.page(PageKind.TASKS_BY_STANDING, "open"));

        List<String> moves = site.moves(List.of(event, speech, other), live).stream()
                .map(m -> m.from().path() + " -> " + m.to().path()).toList();

        assertThat(moves).containsExactly(
                "events/cu/ -> events/moi/",
                "events/cu/print/ -> events/moi/print/",
                "events/moi/kl/ -> events/moi/ket-luan/",
                "events/cu/ket-luan/ -> events/moi/ket-luan/",
                "events/cu/kl/ -> events/moi/ket-luan/",
                "events/cu/de-dan/ -> events/moi/de-dan/",
                "tasks/event/cu/ -> tasks/event/moi/");
    }

    @Test
    void aFreePageIsAPartOfTheMenuOfItsOwn() {
        assertThat(site.page(PageKind.PAGE, "gioi-thieu").section()).isEqualTo("gioi-thieu");
        assertThat(site.page(PageKind.TASKS_BY_EVENT, "hoi-nghi").section()).isEqualTo("tasks");
        assertThat(site.page(PageKind.NOT_FOUND).section()).isEmpty();
    }

    @Test
    void aFolderIsAnsweredByItsIndexFile() {
        assertThat(Addresses.file("events/x/")).isEqualTo("events/x/index.html");
        assertThat(Addresses.file("")).isEqualTo("index.html");
        assertThat(Addresses.file("static/style.css")).isEqualTo("static/style.css");
        assertThat(Addresses.pathOf("events/x/index.html")).isEqualTo("events/x/");
        assertThat(Addresses.pathOf("index.html")).isEmpty();
        assertThat(Addresses.pathOf("404.html")).isEqualTo("404.html");
        assertThat(Addresses.folderFile("events/x")).isEqualTo("events/x/index.html");
    }
}
