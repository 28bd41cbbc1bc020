package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Search's folding ({@link Folding#key}) against the shared list of folding cases, which the browser
 * test of the search script checks too (SearchBrowserTest), so the index built in Java and the
 * query folded in the reader's browser meet.
 */
class FoldingCasesTest {

    /** The cases of src/test/resources/folding-cases.json: {text, folded, why}. */
    public static JsonNode cases() throws IOException {
        try (InputStream in = FoldingCasesTest.class.getResourceAsStream("/folding-cases.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void foldsEverySharedCase() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : cases()) {
            String folded = Folding.key(c.get("text").asText());
            if (!folded.equals(c.get("folded").asText())) {
                wrong.add(c.get("text").asText() + " → " + folded + " (expected " + c.get("folded").asText() + ": "
                        + c.get("why").asText() + ")");
            }
        }
        assertThat(cases().size()).isGreaterThan(15);
        assertThat(wrong).isEmpty();
    }
}
