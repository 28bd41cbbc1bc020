package org.acta.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The field tables of the editors' guide are made from {@link ContentFields}: each table sits
 * between {@code <!-- fields: SET -->} (or {@code SET except a b}, {@code SET only a b}) and
 * {@code <!-- end fields -->}, and is compared with the table the declarations give. To rewrite
 * the tables after changing a declaration:
 * {@code mvn -B -o -q test -Dtest=FieldReferenceTest -Dacta.writeFieldTables=true}.
 */
class FieldReferenceTest {
    static final Path GUIDE = Path.of("docs/content-format.md");
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- fields: ([a-z.]+)(?: (except|only) ([a-z_ ]+))? -->\n(.*?)<!-- end fields -->", Pattern.DOTALL);
    private static final String REWRITE = "mvn -B -o -q test -Dtest=FieldReferenceTest -Dacta.writeFieldTables=true";

    /** One marked table of the guide: which fields of which set it shows. */
    record Block(FieldSet set, List<Field> fields, String written) {
    }

    @Test
    void theGuidesFieldTablesAreTheDeclarations() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        StringBuilder made = new StringBuilder();
        Matcher m = BLOCK.matcher(guide);
        List<String> stale = new ArrayList<>();
        while (m.find()) {
            Block block = block(m);
            String table = table(block.fields());
            if (!table.equals(block.written())) {
                stale.add(block.set().name() + ":\n" + table);
            }
            String marked = m.group().substring(0, m.start(4) - m.start()) + table + "<!-- end fields -->";
            m.appendReplacement(made, Matcher.quoteReplacement(marked));
        }
        m.appendTail(made);
        if (Boolean.getBoolean("acta.writeFieldTables")) {
            Files.writeString(GUIDE, made.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(stale).as(GUIDE + " has field tables that differ from org.acta.fields.ContentFields; rewrite "
                + "them with: " + REWRITE + "\nThe tables as declared").isEmpty();
    }

    @Test
    void everyDeclaredFieldHasExactlyOneRowInTheGuide() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        while (m.find()) {
            Block block = block(m);
            block.fields().forEach(f -> rows.computeIfAbsent(block.set().name(), k -> new ArrayList<>()).add(f.name()));
        }
        for (FieldSet set : ContentFields.all()) {
            assertThat(rows.getOrDefault(set.name(), List.of())).as("rows of '" + set.name() + "' in the guide's "
                    + "tables").containsExactlyInAnyOrderElementsOf(set.own().stream().map(Field::name).toList());
        }
    }

    @Test
    void aShapeOrAListOfWordsInAMeaningIsTheDeclaredOne() {
        for (FieldSet set : ContentFields.all()) {
            for (Field field : set.own()) {
                field.type().items().ifPresent(items -> {
                    Matcher shape = Pattern.compile("`(\\{[^}]*})`").matcher(field.meaning());
                    if (shape.find()) {
                        assertThat(shape.group(1)).as(set.name() + "." + field.name()).isEqualTo(shape(items));
                    }
                });
                List<String> words = field.type().words().stream().map(w -> "`" + w + "`").toList();
                if (words.stream().anyMatch(field.meaning()::contains)) {
                    assertThat(field.meaning()).as(set.name() + "." + field.name()).contains(words);
                }
            }
        }
    }

    @Test
    void aNestedSetIsNamedForTheFieldThatHoldsIt() {
        for (FieldSet set : ContentFields.all()) {
            for (Field field : set.own()) {
                field.type().items().ifPresent(items ->
                        assertThat(items.name()).isEqualTo(set.name() + "." + field.name()));
            }
        }
    }

    private static Block block(Matcher m) {
        FieldSet set = ContentFields.all().stream().filter(s -> s.name().equals(m.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError(GUIDE + ": no field set '" + m.group(1) + "' in ContentFields"));
        List<String> named = m.group(3) == null ? List.of() : Arrays.asList(m.group(3).strip().split(" +"));
        named.forEach(name -> assertThat(set.own().stream().map(Field::name)).as(set.name()).contains(name));
        List<Field> fields = set.own().stream().filter(f -> m.group(2) == null
                || m.group(2).equals("only") == named.contains(f.name())).toList();
        return new Block(set, fields, m.group(4));
    }

    /** The table as the guide shows it, between blank lines. */
    static String table(List<Field> fields) {
        StringBuilder table = new StringBuilder("\n| field | | meaning |\n|---|---|---|\n");
        for (Field f : fields) {
            String presence = (f.required() ? "required" : "optional")
                    + f.requirementNote().map(note -> " (" + note + ")").orElse("");
            table.append("| `").append(f.name()).append("` | ").append(presence).append(" | ").append(f.meaning())
                    .append(" |\n");
        }
        return table.append('\n').toString();
    }

    /** {@code {label, value, unit?, note?}}: required fields plain, optional ones with a question mark. */
    static String shape(FieldSet set) {
        return set.own().stream().map(f -> f.name() + (f.required() ? "" : "?"))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
