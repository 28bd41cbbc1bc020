package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.acta.fields.ContentFields;
import org.acta.fields.Field;
import org.acta.fields.FieldSet;
import org.acta.source.ContentKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binding follows the field declarations both ways: a file that gives every declared field a
 * value of its declared type builds without a word, and leaving out any field declared required
 * is an error that names it. The files are made from the declarations, so a new field is tested
 * as soon as it is declared.
 */
class FieldDeclarationsTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n")
                .write("events/hoi-nghi/ket-luan.md", "---\ntitle: Kết luận\nspeaker: tran-the-cuong\nrole: conclusion\n---\n"
                        + "## Nội dung\n\nNội dung.\n")
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục và Đào tạo\n")
                .write("people/tran-the-cuong.yaml", "name: Trần Thế Cương\n")
                .write("documents/chuong-trinh.md", "---\ntitle: Chương trình\n---\n")
                .write("assets/anh.txt", "x");
    }

    @Test
    void aFileWithEveryDeclaredFieldBuildsWithoutAWarning() {
        site.write("site.yaml", yaml(ContentFields.SITE, f -> true));
        for (ContentKind kind : items()) {
            site.write(path(kind, "day-du"), file(kind, yaml(ContentFields.of(kind), f -> true)));
        }
        SiteFixture.Run build = site.build();
        assertThat(build.errLines()).isEmpty();
        assertThat(build.exit()).isZero();
    }

    @Test
    void leavingOutAnyRequiredFieldIsAnErrorNamingIt() {
        List<String> expected = new ArrayList<>();
        for (ContentKind kind : items()) {
            FieldSet fields = ContentFields.of(kind);
            for (Field left : fields.own()) {
                String id = "thieu-" + left.name().replace('_', '-');
                if (left.required()) {
                    // draft: false as well, so that no file is left empty
                    site.write(path(kind, id), file(kind, yaml(fields, f -> f.required() && f != left
                            || ContentFields.EVERY_ITEM.own().contains(f))));
                    expected.add(site.path(path(kind, id)) + ": required field '" + left.name() + "'");
                }
                Optional<FieldSet> nested = left.type().items();
                for (Field inner : nested.map(FieldSet::own).orElse(List.of())) {
                    if (inner.required()) {
                        String innerId = id + "-" + inner.name();
                        String mapping = flow(nested.get(), f -> f.required() && f != inner);
                        boolean list = left.type().form() == org.acta.fields.FieldType.Form.MAPPINGS;
                        site.write(path(kind, innerId), file(kind, yaml(fields, Field::required) + left.name() + ": "
                                + (list ? "[" + mapping + "]" : mapping) + "\n"));
                        expected.add(site.path(path(kind, innerId)) + ": required field '" + left.name()
                                + (list ? "[1]." : ".") + inner.name() + "'");
                    }
                }
            }
        }
        List<String> errors = site.build().errLines();
        for (String problem : expected) {
            String file = problem.substring(0, problem.indexOf(": "));
            String field = problem.substring(problem.indexOf(": ") + 2);
            assertThat(errors).as(problem).anyMatch(e -> e.startsWith(file + ":") && e.contains(": error: ")
                    && e.contains(field));
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void leavingOutARequiredSiteSettingIsAnErrorNamingIt() {
        for (Field left : ContentFields.SITE.own()) {
            if (left.required()) {
                site.write("site.yaml", yaml(ContentFields.SITE, f -> f != left));
                assertThat(site.check().errLines()).as(left.name()).anyMatch(e -> e.startsWith(site.path("site.yaml"))
                        && e.contains(": error: missing required field '" + left.name() + "'"));
            }
        }
    }

    private static List<ContentKind> items() {
        return List.of(ContentKind.EVENT, ContentKind.SPEECH, ContentKind.TASK, ContentKind.PERSON,
                ContentKind.ORGANIZATION, ContentKind.DOCUMENT, ContentKind.PAGE);
    }

    private static String path(ContentKind kind, String id) {
        return switch (kind) {
            case EVENT -> "events/" + id + "/index.md";
            case SPEECH -> "events/hoi-nghi/" + id + ".md";
            case TASK -> "tasks/" + id + ".md";
            case PERSON -> "people/" + id + ".yaml";
            case ORGANIZATION -> "organizations/" + id + ".yaml";
            case DOCUMENT -> "documents/" + id + ".md";
            case PAGE -> "pages/" + id + ".md";
            case SITE -> "site.yaml";
        };
    }

    private static String file(ContentKind kind, String yaml) {
        return path(kind, "x").endsWith(".md") ? "---\n" + yaml + "---\nNội dung.\n" : yaml;
    }

    /** One line a field, each with a value of its declared type. */
    private static String yaml(FieldSet set, Predicate<Field> include) {
        return set.fields().stream().filter(include).map(f -> f.name() + ": " + value(f) + "\n")
                .collect(Collectors.joining());
    }

    private static String flow(FieldSet set, Predicate<Field> include) {
        return set.fields().stream().filter(include).map(f -> f.name() + ": " + value(f))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A value that is valid for the field's type, and agrees with the other fields of these files. */
    private static String value(Field field) {
        return switch (field.type().form()) {
            case TEXT, MARKDOWN -> "\"Nội dung\"";
            case DATE -> "2024-03-01";
            case NUMBER, WHOLE_NUMBER -> "1";
            case CHOICE -> field.type().words().get(0);
            case BOOLEAN -> "false";
            case WEB_ADDRESS, EVIDENCE -> "\"https://example.org/\"";
            case ASSET_PATH -> "anh.txt";
            case PERIOD -> "\"2024\"";
            case REFERENCE -> id(field.type().refers().orElseThrow());
            case REFERENCES -> "[" + id(field.type().refers().orElseThrow()) + "]";
            case TEXTS, MARKDOWNS -> "[\"Nội dung\"]";
            case IDS -> "[ten-cu]";
            case ADDRESSES -> "[/events/cu/]";
            case MAPPING -> flow(field.type().items().orElseThrow(), f -> true);
            case MAPPINGS -> "[" + flow(field.type().items().orElseThrow(), f -> true) + "]";
        };
    }

    private static String id(ContentKind kind) {
        return switch (kind) {
            case EVENT -> "hoi-nghi";
            case SPEECH -> "ket-luan";
            case PERSON -> "tran-the-cuong";
            case ORGANIZATION -> "so-gddt";
            case DOCUMENT -> "chuong-trinh";
            default -> throw new AssertionError("no reference to a " + kind.noun() + " is declared");
        };
    }
}
