package org.acta.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsFieldsFromBody() {
        FrontMatter fm = FrontMatter.split("---\ntitle: A\nrole: opening\n---\nBody line\n").frontMatter().orElseThrow();
        assertThat(fm.yaml()).isEqualTo("title: A\nrole: opening\n");
        assertThat(fm.yamlLine()).isEqualTo(2);
        assertThat(fm.body()).isEqualTo("Body line\n");
        assertThat(fm.bodyLine()).isEqualTo(5);
    }

    @Test
    void acceptsEmptyFrontMatterAndEmptyBody() {
        FrontMatter fm = FrontMatter.split("---\n---").frontMatter().orElseThrow();
        assertThat(fm.yaml()).isEmpty();
        assertThat(fm.body()).isEmpty();
    }

    @Test
    void reportsMissingOpeningFence() {
        var problem = FrontMatter.split("title: A\n---\n").problem().orElseThrow();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo(FrontMatter.MISSING);
    }

    @Test
    void reportsFrontMatterThatNeverCloses() {
        var problem = FrontMatter.split("---\ntitle: A\nbody\n").problem().orElseThrow();
        assertThat(problem.message()).isEqualTo(FrontMatter.UNCLOSED);
    }

    @Test
    void aLongerDashLineIsNotAFence() {
        FrontMatter fm = FrontMatter.split("---\na: 1\n---\n----\ntext\n").frontMatter().orElseThrow();
        assertThat(fm.body()).isEqualTo("----\ntext\n");
    }

    @Property
    void bodyIsKeptExactly(@ForAll String body) {
        String clean = body.replace("\r", "");
        FrontMatter fm = FrontMatter.split("---\nx: 1\n---\n" + clean).frontMatter().orElseThrow();
        assertThat(fm.body()).isEqualTo(clean);
        assertThat(fm.bodyLine()).isEqualTo(4);
    }
}
