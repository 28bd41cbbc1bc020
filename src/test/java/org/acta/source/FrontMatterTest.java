package org.acta.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.acta.diag.Messages;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private static final Messages EN = Messages.of("en");
    private static final Messages VI = Messages.of("vi");

    @Test
    void splitsFieldsFromBody() {
        FrontMatter fm = FrontMatter.split("---\ntitle: A\nrole: opening\n---\nBody line\n", EN).frontMatter().orElseThrow();
        assertThat(fm.yaml()).isEqualTo("title: A\nrole: opening\n");
        assertThat(fm.yamlLine()).isEqualTo(2);
        assertThat(fm.body()).isEqualTo("Body line\n");
        assertThat(fm.bodyLine()).isEqualTo(5);
    }

    @Test
    void acceptsEmptyFrontMatterAndEmptyBody() {
        FrontMatter fm = FrontMatter.split("---\n---", EN).frontMatter().orElseThrow();
        assertThat(fm.yaml()).isEmpty();
        assertThat(fm.body()).isEmpty();
    }

    @Test
    void reportsMissingOpeningFence() {
        var problem = FrontMatter.split("title: A\n---\n", EN).problem().orElseThrow();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo("no front matter: a Markdown content file starts with a line "
                + "'---', then its YAML fields, then another line '---'");
    }

    @Test
    void tellsTheProblemInTheSitesLanguage() {
        assertThat(FrontMatter.split("title: A\n", VI).problem().orElseThrow().message()).isEqualTo("thiếu phần đầu "
                + "(front matter): một tệp nội dung Markdown bắt đầu bằng một dòng '---', tiếp theo là các trường "
                + "YAML, rồi một dòng '---' nữa");
        assertThat(FrontMatter.split("---\ntitle: A\n", VI).problem().orElseThrow().message()).isEqualTo("phần đầu "
                + "(front matter) không được đóng lại: hãy thêm một dòng '---' sau trường cuối cùng");
    }

    @Test
    void reportsFrontMatterThatNeverCloses() {
        var problem = FrontMatter.split("---\ntitle: A\nbody\n", EN).problem().orElseThrow();
        assertThat(problem.message()).isEqualTo("front matter is never closed: add a line '---' after the last "
                + "field");
    }

    @Test
    void aLongerDashLineIsNotAFence() {
        FrontMatter fm = FrontMatter.split("---\na: 1\n---\n----\ntext\n", EN).frontMatter().orElseThrow();
        assertThat(fm.body()).isEqualTo("----\ntext\n");
    }

    @Property
    void bodyIsKeptExactly(@ForAll String body) {
        String clean = body.replace("\r", "");
        FrontMatter fm = FrontMatter.split("---\nx: 1\n---\n" + clean, EN).frontMatter().orElseThrow();
        assertThat(fm.body()).isEqualTo(clean);
        assertThat(fm.bodyLine()).isEqualTo(4);
    }
}
