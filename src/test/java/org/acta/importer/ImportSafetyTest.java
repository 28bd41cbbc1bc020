package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import keeps to the build's rules for the content folder: no writing through links out of
 * it, no id that folds to nothing, no control character in a drafted file, every file it cannot
 * read named with its line.
 */
class ImportSafetyTest {
    private static final String REPORT = ImportRun.page("vi", "Hội nghị sơ kết công tác mặt trận chín tháng",
            "Sáng 18/9, Ủy ban MTTQ huyện tổ chức hội nghị sơ kết công tác mặt trận chín tháng đầu năm.",
            "Phát biểu kết luận, đồng chí Hà Văn Khải, Chủ tịch Ủy ban MTTQ huyện đề nghị Ban Thường trực Ủy ban "
                    + "MTTQ các xã tổng hợp ý kiến cử tri trước ngày 30/9.");

    private static Path save(Path dir, String name, String html) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void refusesToWriteThroughAFolderLinkedOutOfTheContentFolder(@TempDir Path dir) throws IOException {
        ImportRun run = new ImportRun(dir);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(run.content.resolve("people"), outside);
        ImportRun.Result result = run.importFrom(save(dir, "tin.html", REPORT).toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("import failed: " + run.content + "/people is a symbolic link; the build "
                + "does not follow links inside the content folder, so the import does not write through it: make it a "
                + "folder of its own\n");
        assertThat(tree(outside)).containsExactly("");
        assertThat(run.files()).containsExactly("site.yaml");
    }

    @Test
    void refusesALinkedFolderInsideAnEventAndLeavesALinkedFileAlone(@TempDir Path dir) throws IOException {
        ImportRun run = new ImportRun(dir);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "name: \"Hà Văn Khải\"\n", StandardCharsets.UTF_8);
        Files.createDirectories(run.content.resolve("people"));
        Files.createSymbolicLink(run.content.resolve("people/ha-van-khai.yaml"), outside.resolve("secret.yaml"));
        ImportRun.Result first = run.importFrom(save(dir, "tin.html", REPORT).toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains(run.content + "/people/ha-van-khai.yaml: warning: symbolic link not followed");
        assertThat(run.files()).contains("people/ha-van-khai-2.yaml");
        assertThat(Files.readString(outside.resolve("secret.yaml"))).isEqualTo("name: \"Hà Văn Khải\"\n");

        ImportRun other = new ImportRun(dir.resolve("other"));
        Files.createDirectories(other.content.resolve("events"));
        Files.createSymbolicLink(other.content.resolve("events/hoi-nghi-so-ket-cong-tac-mat-tran-chin-thang"), outside);
        ImportRun.Result refused = other.importFrom(dir.resolve("tin.html").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("events/hoi-nghi-so-ket-cong-tac-mat-tran-chin-thang is a symbolic link");
        assertThat(tree(outside)).containsExactly("", "secret.yaml");
    }

    @Test
    void givesADatedIdToATitleOrNameThatFoldsToNothing(@TempDir Path dir) throws IOException {
        ImportRun run = new ImportRun(dir);
        String html = ImportRun.page("vi", "会议报告 ★",
                "Sáng 18/9, tại buổi làm việc với đoàn công tác, ông Иван Петров, Đại sứ Liên bang Nga cho biết hai "
                        + "bên sẽ mở rộng hợp tác giáo dục.");
        ImportRun.Result result = run.importFrom(save(dir, "tin.html", html).toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(run.files()).contains("events/su-kien-2025-09-18/index.md", "people/nguoi-2025-09-18.yaml");
        assertThat(run.files()).noneMatch(f -> f.contains("/.") || f.startsWith("events/index") || f.contains("/-"));
        assertThat(result.out()).contains("  - the event “会议报告” has no letters an id can be made of; it was given the "
                + "id 'su-kien-2025-09-18' (the event's date): rename the file if you like\n", "  - the person “Иван "
                + "Петров” has no letters an id can be made of; it was given the id 'nguoi-2025-09-18'");
        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
    }

    @Test
    void stripsControlCharactersFromEveryDraftedText(@TempDir Path dir) throws IOException {
        ImportRun run = new ImportRun(dir);
        String html = ImportRun.page("vi", "Hội nghị tổng kết\u0001 công tác\u202e năm 2025",
                "Sáng 18/9, Huyện đoàn tổ chức Hội nghị tổng kết công tác\u0007 năm 2025 với 80\u0000 đại biểu.",
                "Phát biểu kết luận, đồng chí Lò Văn\u0001 Piếng, Bí thư Huyện đoàn\u001b giao Ban Tuyên giáo Huyện đoàn "
                        + "xây dựng\u200e kế hoạch tuyên truyền.");
        ImportRun.Result result = run.importFrom(save(dir, "tin.html", html).toString());
        assertThat(result.exit()).as(result.err()).isZero();
        String all = run.allText();
        assertThat(all.codePoints().filter(c -> c < 0x20 && c != '\n' || c == 0x7f
                || Character.getType(c) == Character.FORMAT)).isEmpty();
        assertThat(all).contains("title: \"Hội nghị tổng kết công tác năm 2025\"", "Lò Văn Piếng");
        ImportRun.Result built = run.build();
        assertThat(built.exit()).as(built.err()).isZero();
    }

    @Test
    void namesEachFileItCannotReadWithItsLineAndCarriesOn(@TempDir Path dir) throws IOException {
        ImportRun run = new ImportRun(dir);
        run.write("people/hong.yaml", "name: \"Lê Thị Hồng\"\npositions: [\n");
        run.write("organizations/ds.yaml", "- một\n- hai\n");
        ImportRun.Result result = run.importFrom(save(dir, "tin.html", REPORT).toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err().lines().toList()).containsExactly(
                run.content + "/organizations/ds.yaml:1: warning: not a YAML mapping, so the import does not reuse it",
                run.content + "/people/hong.yaml:2: warning: cannot be read as YAML, so the import does not reuse it: "
                        + "while parsing a flow node: expected the node content, but found '<stream end>'");
        assertThat(run.read("people/hong.yaml")).isEqualTo("name: \"Lê Thị Hồng\"\npositions: [\n");
    }
}
