package org.acta.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.acta.diag.Messages;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader(Messages.of("en"));

    @Test
    void keepsTheEditorsLineNumbers() {
        YamlReader.Result result = reader.readMapping("title: A\n\nfigures:\n  - label: x\n    value: 2\n", 2);
        assertThat(result.problems()).isEmpty();
        var mapping = result.mapping();
        assertThat(mapping.entry("title").orElseThrow().keyLine()).isEqualTo(2);
        assertThat(mapping.entry("figures").orElseThrow().keyLine()).isEqualTo(4);
        var figures = (YamlNode.Sequence) mapping.get("figures").orElseThrow();
        var first = (YamlNode.Mapping) figures.items().get(0);
        assertThat(first.entry("value").orElseThrow().keyLine()).isEqualTo(6);
    }

    @Test
    void keepsScalarTextAndType() {
        var mapping = reader.readMapping("a: 2023\nb: 2023-06-15\nc: 2.2\nd: \"2023\"\ne:\nf: \"\"\n", 1).mapping();
        assertThat(mapping.get("a").orElseThrow()).isEqualTo(new YamlNode.Scalar("2023", YamlNode.ScalarType.INTEGER, 1));
        assertThat(((YamlNode.Scalar) mapping.get("b").orElseThrow()).text()).isEqualTo("2023-06-15");
        assertThat(((YamlNode.Scalar) mapping.get("c").orElseThrow()).type()).isEqualTo(YamlNode.ScalarType.DECIMAL);
        assertThat(((YamlNode.Scalar) mapping.get("d").orElseThrow()).type()).isEqualTo(YamlNode.ScalarType.STRING);
        assertThat(((YamlNode.Scalar) mapping.get("e").orElseThrow()).isNull()).isTrue();
        assertThat(((YamlNode.Scalar) mapping.get("f").orElseThrow()).isNull()).isTrue();
    }

    @Test
    void reportsMalformedYamlAtTheFileLineInTheEditorsWords() {
        YamlReader.Result result = reader.readMapping("title: A\nrole: [opening\nspeaker: x\n", 2);
        assertThat(result.readable()).isFalse();
        assertThat(result.problems()).containsExactly(
                new YamlReader.Problem(3, "the `[` opened here is never closed: add `]` after the last item"));
    }

    @Test
    void aTextCutShortByAHashIsNotReadable() {
        YamlReader.Result result = reader.readMapping("title: Kế hoạch #1\n", 2);
        assertThat(result.readable()).isFalse();
        assertThat(result.problems()).containsExactly(new YamlReader.Problem(2, "after a space, `#` starts a "
                + "comment in YAML, so the text would stop before `#1`: put the text in quotes: "
                + "`title: \"Kế hoạch #1\"`"));
    }

    @Test
    void saysWhatItCannotNameAtTheParsersLineWithoutItsWords() {
        YamlReader.Result result = reader.readMapping("title: A\nrole: - opening\n", 1);
        assertThat(result.problems()).containsExactly(new YamlReader.Problem(2, "the fields cannot be read from "
                + "this line on: check its indentation (spaces, lined up with the lines it belongs with) and its "
                + "quotes, and put a text that holds `: ` or ` #` in quotes"));
    }

    @Test
    void reportsDuplicateFields() {
        YamlReader.Result result = reader.readMapping("title: A\ntitle: B\n", 2);
        assertThat(result.problems()).containsExactly(
                new YamlReader.Problem(3, "field 'title' is given twice (first on line 2); keep one"));
    }

    @Test
    void refusesAListWhereFieldsAreExpected() {
        YamlReader.Result result = reader.readMapping("- a\n- b\n", 1);
        assertThat(result.problems()).containsExactly(
                new YamlReader.Problem(1, "expected fields ('name: value' lines), found a list"));
        assertThat(new YamlReader(Messages.of("vi")).readMapping("- a\n", 1).problems()).containsExactly(
                new YamlReader.Problem(1, "cần các trường (các dòng 'tên: giá trị'), nhưng lại thấy một danh sách"));
    }
}
