package org.acta.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.acta.diag.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each slip an editor makes in YAML, named at its line in the editor's words, whatever the parser said. */
class YamlSlipsTest {
    private final YamlReader reader = new YamlReader(Messages.of("en"));

    static Stream<Arguments> slips() {
        return Stream.of(
                Arguments.of("a field one space deeper than the one above it",
                        "title: A\nfigures:\n  - label: x\n     value: 2\n", 4,
                        "`value:` is indented more than `label:` above it; line them up"),
                Arguments.of("a field one space shallower than the one above it",
                        "title: A\nfigures:\n  - label: x\n   value: 2\n", 4,
                        "`value:` is indented less than `label:` above it; line them up"),
                Arguments.of("a field under the dash instead of under the field above it",
                        "figures:\n  - label: x\n  value: 2\n", 3,
                        "`value:` is indented less than `label:` above it; line them up"),
                Arguments.of("a top-level field indented", "title: A\n  date: 2024\n", 2,
                        "`date:` is indented more than `title:` above it; line them up"),
                Arguments.of("a nested field shallower", "source:\n  title: X\n url: https://a\n", 3,
                        "`url:` is indented less than `title:` above it; line them up"),
                Arguments.of("a field lined up with the items of a list", "tags:\n  - a\n  date: 2024\n", 3,
                        "`date:` is indented more than `tags:` above it; line them up"),
                Arguments.of("a list item deeper than the one above it (read as one text)", "tags:\n  - a\n   - b\n",
                        3, "`- b` is indented more than `- a` above it; line them up"),
                Arguments.of("a list item among fields", "title: A\n- b\n", 2, "`- b` is a list item, but `title:` "
                        + "above it is a field with a value: a list goes under a field written alone on its line "
                        + "(`tags:`), its items indented below it"),
                Arguments.of("a tab for indentation", "figures:\n\t- label: x\n", 2, "this line is indented with a "
                        + "tab, and YAML indents with spaces only: replace the tab with spaces, lined up with the "
                        + "lines it belongs with"),
                Arguments.of("a tab after the colon", "title: A\ndate:\t2024\n", 2,
                        "a tab follows `date:`; write a space instead"),
                Arguments.of("no space after the colon", "title: A\ndate:2024\n", 2,
                        "`date:` needs a space after the colon: write `date: 2024`"),
                Arguments.of("a colon in a text", "title: Hội nghị: tổng kết\ndate: 2024\n", 1, "a colon followed "
                        + "by a space starts a new field in YAML, so this text cannot be read: put the text in "
                        + "quotes: `title: \"Hội nghị: tổng kết\"`"),
                Arguments.of("a colon in a text of a list item", "figures:\n  - label: Tỷ lệ: cao\n", 2, "a colon "
                        + "followed by a space starts a new field in YAML, so this text cannot be read: put the "
                        + "text in quotes: `label: \"Tỷ lệ: cao\"`"),
                Arguments.of("a hash in a text", "title: Kế hoạch #1\n", 1, "after a space, `#` starts a comment "
                        + "in YAML, so the text would stop before `#1`: put the text in quotes: "
                        + "`title: \"Kế hoạch #1\"`"),
                Arguments.of("a text starting with a hash", "title: #1 của năm\n", 1, "after a space, `#` starts a "
                        + "comment in YAML, so the text would stop before `#1 …`: put the text in quotes: "
                        + "`title: \"#1 của năm\"`"),
                Arguments.of("a hash in a bracketed list", "tags: [a, #b]\ndate: 2024\n", 1, "after a space, `#` "
                        + "starts a comment in YAML, even between brackets: put the item in quotes: `\"#b\"`"),
                Arguments.of("a quote never closed", "title: \"Hội nghị\ndate: 2024\n", 1,
                        "the text opened here with `\"` is never closed: end it with `\"` on this line"),
                Arguments.of("a quote closed by the next value's quote", "title: \"Hội nghị\ndate: \"2024\"\n", 1,
                        "the text opened here with `\"` is never closed: end it with `\"` on this line"),
                Arguments.of("a single quote never closed", "title: 'Hội nghị\ndate: 2024\n", 1,
                        "the text opened here with `'` is never closed: end it with `'` on this line"),
                Arguments.of("text after the closing quote", "title: \"Học tập\" và làm theo\n", 1, "there is "
                        + "text after the closing quote: put the whole text in quotes: "
                        + "`title: '\"Học tập\" và làm theo'`"),
                Arguments.of("a bracket never closed", "tags: [a, b\ndate: 2024\n", 1,
                        "the `[` opened here is never closed: add `]` after the last item"),
                Arguments.of("a text starting with a character YAML keeps", "title: @hanoi\n", 1,
                        "a text cannot start with `@` in YAML: put the text in quotes: `title: \"@hanoi\"`"),
                Arguments.of("a text starting with ! (read as a tag)", "title: !quan trọng\n", 1,
                        "a text cannot start with `!` in YAML: put the text in quotes: `title: \"!quan trọng\"`"),
                Arguments.of("a line that is not a field", "title: A\nHội nghị\n", 2, "this line is not a field: "
                        + "write it as `name: value`, or, if it goes on with the text of the line above, indent "
                        + "it under that text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slips")
    void namesTheSlipAtItsLine(String slip, String yaml, int line, String message) {
        YamlReader.Result result = reader.readMapping(yaml, 1);
        assertThat(result.readable()).isFalse();
        assertThat(result.problems()).containsExactly(new YamlReader.Problem(line, message));
    }

    @Test
    void countsLinesFromWhereTheFrontMatterStarts() {
        assertThat(reader.readMapping("title: A\n  date: 2024\n", 2).problems()).containsExactly(
                new YamlReader.Problem(3, "`date:` is indented more than `title:` above it; line them up"));
    }

    @Test
    void findsNoSlipInYamlWrittenWell() {
        String yaml = """
                # a comment, then fields
                title: "Hội nghị: tổng kết"   # a comment after a value
                kind: Hội nghị tọa đàm # another
                url: https://example.org/a#b
                language: C#
                summary: Một câu dài
                  viết tiếp trên dòng sau, với dấu hai chấm:không cách
                quote: "một đoạn trong ngoặc
                  kép viết trên hai dòng"
                tags: [a, "b #1",
                  c]
                organizers:
                - so-gddt
                - thanh-uy
                chair: x
                bio: |
                  Một đoạn Markdown: có dấu hai chấm, và # một dấu thăng.
                    - không phải là mục
                figures:
                  - label: "x"
                    value: 2
                  -   label: y
                      value: 3
                  - {label: z, value: 4}
                empty:
                order: 1 # thứ nhất
                note: 'it''s fine'
                """;
        YamlReader.Result result = reader.readMapping(yaml, 1);
        assertThat(result.problems()).isEmpty();
        assertThat(result.readable()).isTrue();
    }

    @Test
    void tellsTheSlipInVietnameseOnAVietnameseSite() {
        YamlReader vi = new YamlReader(Messages.of("vi"));
        assertThat(vi.readMapping("figures:\n  - label: x\n     value: 2\n", 1).problems()).containsExactly(
                new YamlReader.Problem(3, "`value:` thụt vào sâu hơn `label:` ở dòng trên; hãy cho hai dòng thẳng hàng"));
    }
}
