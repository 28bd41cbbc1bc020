package org.acta.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editors' messages exist in every language, with the same values named in each. */
class MessagesTest {
    @Test
    void everyLanguageHasTheSameMessagesNamingTheSameValues() {
        Map<String, String> english = Messages.catalog().get("en");
        for (String language : Messages.LANGUAGES) {
            Map<String, String> texts = Messages.catalog().get(language);
            assertThat(texts.keySet()).as(language).containsExactlyInAnyOrderElementsOf(english.keySet());
            texts.forEach((key, text) -> assertThat(Messages.names(text)).as(language + ": " + key)
                    .isEqualTo(Messages.names(english.get(key))));
        }
    }

    @Test
    void fillsInTheNamedValues() {
        assertThat(Messages.of("en").text("yaml.indent.deeper", "line", "value:", "above", "label:"))
                .isEqualTo("`value:` is indented more than `label:` above it; line them up");
        assertThat(Messages.of("vi").text("yaml.indent.deeper", "line", "value:", "above", "label:"))
                .isEqualTo("`value:` thụt vào sâu hơn `label:` ở dòng trên; hãy cho hai dòng thẳng hàng");
        assertThat(Messages.of("en").text("yaml.colon", "fix", "title: \"a $1 \\\\ b\""))
                .endsWith("put the text in quotes: `title: \"a $1 \\\\ b\"`");
    }

    @Test
    void refusesAMessageThatIsNotThereOrValuesThatAreNotItsOwn() {
        assertThatThrownBy(() -> Messages.of("fr")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Messages.of("en").text("no.such.message")).hasMessageContaining("no.such.message");
        assertThatThrownBy(() -> Messages.of("en").text("yaml.indent.deeper", "line", "value:"))
                .hasMessageContaining("[above, line]");
    }
}
