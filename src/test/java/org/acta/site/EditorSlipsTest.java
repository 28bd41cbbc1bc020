package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A new editor's common slips, each made in each kind of file of a small site whose files all
 * refer to each other: each gives exactly one error, at the editor's line, in the site's language
 * (Vietnamese by default, English with {@code language: en}), and nothing that only follows from
 * the file being unreadable (no "unknown person" for the person whose file has the slip, no
 * "speech without index.md" for the speeches of an event whose index.md has it).
 */
class EditorSlipsTest {
    @TempDir
    Path dir;

    /** One kind of file of the site: where it is, whether it has front matter, its fields one a line. */
    record Kind(String name, String path, boolean markdown, List<String> lines) {
        /** The file line of the n-th field line (0-based). */
        int line(int n) {
            return (markdown ? 2 : 1) + n;
        }

        String text(List<String> fields) {
            String yaml = String.join("\n", fields) + "\n";
            return markdown ? "---\n" + yaml + "---\nVăn bản.\n" : yaml;
        }

        String key(int n) {
            return lines.get(n).substring(0, lines.get(n).indexOf(':'));
        }

        String value(int n) {
            return lines.get(n).substring(lines.get(n).indexOf(':') + 2);
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("site.yaml", "site.yaml", false, List.of("title: Kỷ yếu thử", "base_url: https://example.org/")),
            new Kind("event", "events/hoi-nghi/index.md", true, List.of("title: Hội nghị tọa đàm",
                    "date: 2024-03-01", "organizers: [so-gddt]", "chair: tran-the-cuong", "documents: [nghi-quyet]")),
            new Kind("speech", "events/hoi-nghi/ket-luan.md", true, List.of("title: Kết luận",
                    "speaker: tran-the-cuong", "role: conclusion")),
            new Kind("task", "tasks/mo-lop.md", true, List.of("title: Mở lớp bồi dưỡng", "event: hoi-nghi",
                    "speech: ket-luan", "assigned_by: tran-the-cuong", "assignee: so-gddt")),
            new Kind("person", "people/tran-the-cuong.yaml", false, List.of("name: Trần Thế Cương",
                    "positions:", "  - title: Giám đốc Sở", "    organization: so-gddt")),
            new Kind("organization", "organizations/so-gddt.yaml", false, List.of("name: Sở Giáo dục và Đào tạo",
                    "short_name: Sở GD&ĐT")),
            new Kind("document", "documents/nghi-quyet.md", true, List.of("title: Nghị quyết", "issuer: so-gddt")),
            new Kind("page", "pages/gioi-thieu.md", true, List.of("title: Giới thiệu", "order: 1")));

    /** A slip made in a kind of file: the file as written, the line of the error, and its message in each language. */
    record Slip(String text, int line, String en, String vi) {
    }

    private SiteFixture site(String language, Kind broken, Optional<String> text) {
        SiteFixture site = new SiteFixture(dir);
        for (Kind kind : KINDS) {
            String written = kind.text(kind.lines());
            if (kind.name().equals("site.yaml") && language.equals("en")) {
                written += "language: en\n";
            }
            if (kind == broken && text.isPresent()) {
                written = text.get() + (kind.name().equals("site.yaml") && language.equals("en") ? "language: en\n"
                        : "");
            }
            site.write(kind.path(), written);
        }
        return site;
    }

    @Test
    void theSiteTheSlipsAreMadeInBuildsCleanly() {
        SiteFixture.Run run = site("vi", KINDS.get(0), Optional.empty()).build();
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    /** The slip of the issue that asked for this: one space too many in an event's index.md, once nine errors. */
    @Test
    void oneSpaceTooManyInAnEventIsOneErrorNotNine() {
        SiteFixture site = SiteFixture.withSite(dir)
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục và Đào tạo\n")
                .write("people/tran-the-cuong.yaml", "name: Trần Thế Cương\n")
                .write("events/hoi-nghi/index.md", """
                        ---
                        title: "Hội nghị tọa đàm"
                        date: 2024-03-01
                        figures:
                          - label: "Đảng viên mới kết nạp"
                             value: 138
                        ---
                        """);
        for (String speech : List.of("de-dan", "tham-luan-1", "tham-luan-2", "ket-luan")) {
            site.write("events/hoi-nghi/" + speech + ".md", "---\ntitle: " + speech + "\nspeaker: tran-the-cuong\n"
                    + "role: remarks\n---\n");
            site.write("tasks/" + speech + ".md", "---\ntitle: Làm\nevent: hoi-nghi\nspeech: " + speech
                    + "\nassignee: so-gddt\n---\n");
        }
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).containsExactly(
                site.error("events/hoi-nghi/index.md", 6, "`value:` thụt vào sâu hơn `label:` ở dòng trên; hãy cho hai "
                        + "dòng thẳng hàng"),
                "build failed: 1 error, 0 warnings; " + site.output + "/ was left unchanged");
    }

    private static List<String> with(List<String> lines, int n, String line) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(n, line);
        return changed;
    }

    /** The slips every kind of file can have, by name. */
    static final Map<String, Function<Kind, Slip>> SLIPS = new LinkedHashMap<>();

    static {
        SLIPS.put("a field indented deeper than the one above it", k -> new Slip(
                k.text(with(k.lines(), 1, " " + k.lines().get(1))), k.line(1),
                "`" + k.key(1) + ":` is indented more than `" + k.key(0) + ":` above it; line them up",
                "`" + k.key(1) + ":` thụt vào sâu hơn `" + k.key(0) + ":` ở dòng trên; hãy cho hai dòng thẳng hàng"));
        SLIPS.put("a field indented less than the one above it", k -> new Slip(
                k.text(with(k.lines(), 0, "  " + k.lines().get(0))), k.line(1),
                "`" + k.key(1) + ":` is indented less than `" + k.key(0) + ":` above it; line them up",
                "`" + k.key(1) + ":` thụt vào ít hơn `" + k.key(0) + ":` ở dòng trên; hãy cho hai dòng thẳng hàng"));
        SLIPS.put("a tab used for indentation", k -> new Slip(
                k.text(with(k.lines(), 1, "\t" + k.lines().get(1))), k.line(1),
                "this line is indented with a tab, and YAML indents with spaces only: replace the tab with spaces, "
                        + "lined up with the lines it belongs with",
                "dòng này thụt vào bằng phím Tab, mà YAML chỉ thụt vào bằng dấu cách: hãy thay Tab bằng dấu cách, "
                        + "thẳng hàng với các dòng cùng cấp"));
        SLIPS.put("an unquoted colon in a text", k -> new Slip(
                k.text(with(k.lines(), 0, k.lines().get(0) + ": tổng kết")), k.line(0),
                "a colon followed by a space starts a new field in YAML, so this text cannot be read: put the text "
                        + "in quotes: `" + k.key(0) + ": \"" + k.value(0) + ": tổng kết\"`",
                "trong YAML, dấu hai chấm theo sau là dấu cách mở đầu một trường mới, nên không đọc được văn bản "
                        + "này: hãy đặt văn bản trong dấu ngoặc kép: `" + k.key(0) + ": \"" + k.value(0)
                        + ": tổng kết\"`"));
        SLIPS.put("an unquoted # in a text", k -> new Slip(
                k.text(with(k.lines(), 0, k.lines().get(0) + " #2")), k.line(0),
                "after a space, `#` starts a comment in YAML, so the text would stop before `#2`: put the text in "
                        + "quotes: `" + k.key(0) + ": \"" + k.value(0) + " #2\"`",
                "trong YAML, dấu `#` sau một dấu cách mở đầu một chú thích, nên văn bản sẽ bị cắt trước `#2`: hãy "
                        + "đặt văn bản trong dấu ngoặc kép: `" + k.key(0) + ": \"" + k.value(0) + " #2\"`"));
        SLIPS.put("a quote never closed", k -> new Slip(
                k.text(with(k.lines(), 0, k.key(0) + ": \"" + k.value(0))), k.line(0),
                "the text opened here with `\"` is never closed: end it with `\"` on this line",
                "văn bản mở bằng `\"` ở đây không được đóng lại: hãy kết thúc nó bằng `\"` ngay trên dòng này"));
        SLIPS.put("a list where a single value is expected", k -> new Slip(
                k.text(with(k.lines(), 0, k.key(0) + ": [" + k.value(0) + ", " + k.value(0) + "]")), k.line(0),
                "'" + k.key(0) + "' takes a single value, but a list is written here (`- …` or `[…]`): write the one "
                        + "value after `" + k.key(0) + ":`",
                "'" + k.key(0) + "' chỉ nhận một giá trị, nhưng ở đây lại viết một danh sách (`- …` hoặc `[…]`): "
                        + "hãy viết một giá trị duy nhất sau `" + k.key(0) + ":`"));
    }

    static Stream<Arguments> everySlipInEveryKind() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            for (Map.Entry<String, Function<Kind, Slip>> slip : SLIPS.entrySet()) {
                for (Kind kind : KINDS) {
                    cases.add(Arguments.of(language, slip.getKey(), kind.name(), kind, slip.getValue().apply(kind)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} in {2}")
    @MethodSource("everySlipInEveryKind")
    void eachSlipIsOneErrorAtItsLineInTheSitesLanguage(String language, String slip, String kindName, Kind kind,
                                                       Slip made) {
        assertOneError(language, kind, made);
    }

    /** The slips that only some kinds can have: a date written another way, a list written as one value. */
    static Stream<Arguments> slipsOfSomeKinds() {
        Kind event = KINDS.get(1);
        Kind task = KINDS.get(3);
        Kind person = KINDS.get(4);
        Kind document = KINDS.get(6);
        Kind siteYaml = KINDS.get(0);
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            cases.add(Arguments.of(language, "30/9/2024", event, date(event, 1, "date", "30/9/2024", "2024-09-30")));
            cases.add(Arguments.of(language, "9/2024", task, date(task, 5, "due", "9/2024", "2024-09")));
            cases.add(Arguments.of(language, "2024-9", document, date(document, 2, "date", "2024-9", "2024-09")));
            cases.add(Arguments.of(language, "30-09-2024", siteYaml, date(siteYaml, 2, "as_of", "30-09-2024",
                    "2024-09-30")));
            cases.add(Arguments.of(language, "5/9/2024", person, new Slip(person.text(List.of("name: Trần Thế Cương",
                    "positions:", "  - title: Giám đốc Sở", "    from: 5/9/2024")), person.line(3),
                    "'positions[1].from' is not a date: '5/9/2024'; did you mean `2024-09-05` or `2024-05-09`? "
                            + "(dates are written YYYY-MM-DD, YYYY-MM or YYYY)",
                    "'positions[1].from' không phải là ngày tháng: '5/9/2024'; có phải ý bạn là `2024-09-05` hay "
                            + "`2024-05-09`? (ngày tháng viết theo dạng YYYY-MM-DD, YYYY-MM hoặc YYYY)")));
            cases.add(Arguments.of(language, "organizers written with commas", event, new Slip(
                    event.text(with(event.lines(), 2, "organizers: so-gddt, thanh-uy")), event.line(2),
                    "'organizers' is a list: write it `organizers: [so-gddt, thanh-uy]`",
                    "'organizers' là một danh sách: hãy viết `organizers: [so-gddt, thanh-uy]`")));
            cases.add(Arguments.of(language, "positions without dashes", person, new Slip(person.text(List.of(
                    "name: Trần Thế Cương", "positions:", "  title: Giám đốc Sở", "  organization: so-gddt")),
                    person.line(1), "'positions' is a list, but fields are written under it: start each item with `- `",
                    "'positions' là một danh sách, nhưng bên dưới lại viết các trường: hãy bắt đầu mỗi mục bằng "
                            + "`- `")));
            cases.add(Arguments.of(language, "a field one space deeper in a figure", event, new Slip(event.text(
                    List.of("title: Hội nghị tọa đàm", "date: 2024-03-01", "organizers: [so-gddt]",
                            "chair: tran-the-cuong", "documents: [nghi-quyet]", "figures:",
                            "  - label: \"Đảng viên mới\"", "     value: 138")), event.line(7),
                    "`value:` is indented more than `label:` above it; line them up",
                    "`value:` thụt vào sâu hơn `label:` ở dòng trên; hãy cho hai dòng thẳng hàng")));
        }
        return cases.stream();
    }

    private static Slip date(Kind kind, int n, String field, String written, String meant) {
        List<String> lines = new ArrayList<>(kind.lines());
        if (n < lines.size()) {
            lines.set(n, field + ": " + written);
        } else {
            lines.add(field + ": " + written);
        }
        return new Slip(kind.text(lines), kind.line(n),
                "'" + field + "' is not a date: '" + written + "'; did you mean `" + meant + "`? (dates are written "
                        + "YYYY-MM-DD, YYYY-MM or YYYY)",
                "'" + field + "' không phải là ngày tháng: '" + written + "'; có phải ý bạn là `" + meant + "`? "
                        + "(ngày tháng viết theo dạng YYYY-MM-DD, YYYY-MM hoặc YYYY)");
    }

    @ParameterizedTest(name = "{0}: {1} in {2}")
    @MethodSource("slipsOfSomeKinds")
    void aDateOrListWrittenAnotherWayIsOneErrorWithTheFix(String language, String slip, Kind kind, Slip made) {
        assertOneError(language, kind, made);
    }

    private void assertOneError(String language, Kind kind, Slip made) {
        SiteFixture site = site(language, kind, Optional.of(made.text()));
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                site.error(kind.path(), made.line(), language.equals("en") ? made.en() : made.vi()),
                "build failed: 1 error, 0 warnings; " + site.output + "/ was left unchanged");
    }
}
