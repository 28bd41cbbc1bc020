package org.acta.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table of page kinds and outputs, checked against what the editors read and what the theme has. */
class PageKindTest {
    @Test
    void everyPageAndFileTheSiteHasIsInTheAddressTableEditorsRead() throws IOException {
        String docs = Files.readString(Path.of("docs/content-format.md"));
        List<String> patterns = Stream.concat(Arrays.stream(PageKind.values()).map(PageKind::pattern),
                Arrays.stream(OutputKind.values()).map(OutputKind::pattern)).toList();
        for (String pattern : patterns) {
            String written = "`/" + pattern.replace('{', '<').replace('}', '>') + "`";
            assertThat(docs).as("the address table names %s", written).contains(written);
        }
    }

    @Test
    void everyKindHasItsTemplateInTheDefaultTheme() {
        for (PageKind kind : PageKind.values()) {
            assertThat(Path.of("templates", kind.template())).as(kind.name()).isRegularFile();
        }
    }

    @Test
    void searchListsItsKindsInTheOrderItNumbersPages() {
        assertThat(PageKind.searchKinds()).containsExactly("event", "speech", "task", "person", "organization",
                "document", "page");
    }

    @Test
    void onlyThePageForAMissingAddressHasNoAddressOfItsOwnAndItAndMovedPagesAreLeftOutOfTheSitemap() {
        assertThat(Arrays.stream(PageKind.values()).filter(k -> !k.hasOwnAddress())).containsExactly(PageKind.NOT_FOUND);
        assertThat(Arrays.stream(PageKind.values()).filter(k -> !k.claimsOwnAddress()))
                .containsExactly(PageKind.NOT_FOUND, PageKind.MOVED);
        assertThat(Arrays.stream(PageKind.values()).filter(k -> !k.inSitemap()))
                .containsExactly(PageKind.NOT_FOUND, PageKind.MOVED);
    }

    @Test
    void movedPagesComeLastBecauseTheyAreMadeFromEveryOtherKindsPages() {
        PageKind[] kinds = PageKind.values();
        assertThat(kinds[kinds.length - 1]).isEqualTo(PageKind.MOVED);
    }

    @Test
    void eachFilePublishedBesidePagesBelongsToOneKind() {
        List<OutputKind> claimed = Arrays.stream(PageKind.values()).flatMap(k -> k.outputs().stream()).toList();
        assertThat(claimed).containsExactlyInAnyOrder(OutputKind.values());
    }
}
