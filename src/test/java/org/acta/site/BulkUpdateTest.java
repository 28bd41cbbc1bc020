package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.acta.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acta update FILE.csv}: a sheet of progress updates, checked against the content as a build
 * checks it and appended to the task files, every line already there kept byte for byte; nothing
 * written without {@code --write}, and nothing at all when a row has an error.
 */
class BulkUpdateTest {
    static final String MO_LOP = """
            ---
            title: Mở lớp bồi dưỡng
            event: hn
            assignee: so
            recurrence: yearly
            target:
              value: 2
              unit: lớp
            updates:
              # báo cáo đầu tiên
              - date: 2024-03-10
                note: Mở 1 lớp   # ghi tay
                period: 2024
                value: 1
            status: open
            ---
            Nội dung.
            """;

    @TempDir
    Path dir;
    SiteFixture site;
    Path sheet;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("events/hn/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n")
                .write("organizations/so.yaml", "name: Sở Giáo dục\n")
                .write("documents/bao-cao.md", "---\ntitle: Báo cáo\n---\n")
                .write("tasks/mo-lop.md", MO_LOP)
                .write("tasks/tong-ket.md", "---\ntitle: Tổng kết\nevent: hn\nassignee: so\n"
                        + "# updates: thêm khi có báo cáo\n---\nNội dung.\n")
                .write("tasks/quy.md", "---\ntitle: Báo cáo quý\nevent: hn\nassignee: so\nrecurrence: quarterly\n"
                        + "target: {value: 1, unit: báo cáo}\nupdates: []   # chưa có\n---\n");
        sheet = dir.resolve("cap-nhat.csv");
    }

    private SiteFixture.Run update(String csv, String... more) {
        TestFiles.write(sheet, csv.getBytes(StandardCharsets.UTF_8));
        return updateSheet(more);
    }

    private SiteFixture.Run updateSheet(String... more) {
        List<String> args = new ArrayList<>(List.of("update", sheet.toString(), "--source", site.content.toString(),
                "--as-of", "2025-01-15"));
        args.addAll(List.of(more));
        return site.run(args.toArray(String[]::new));
    }

    /** Every content file, by path, as bytes read back as text: to show that nothing changed. */
    private Map<String, String> contentFiles() {
        try (Stream<Path> files = Files.walk(site.content)) {
            Map<String, String> all = new TreeMap<>();
            files.filter(Files::isRegularFile).forEach(f -> all.put(site.content.relativize(f).toString(),
                    new String(read(f), StandardCharsets.ISO_8859_1)));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String error(int row, String task, String message) {
        return sheet + ":" + row + ": error: " + about(task) + message;
    }

    private String about(String task) {
        return "task '" + task + "' (" + site.path("tasks/" + task + ".md") + "): ";
    }

    @Test
    void goodRowsAreAppendedInDateOrderAndNoLineAlreadyThereChanges() {
        String csv = "task,date,status,progress,note,evidence,period,value\n"
                + "mo-lop,2024-12-20,,,\"Mở thêm 1 lớp, ở quận B\",bao-cao,2024,1\n"
                + "tong-ket,2024-11-01,in-progress,40,Đã lập kế hoạch,,,\n"
                + "mo-lop,2024-06-01,in-progress,,\"Chuẩn bị lớp \"\"thứ hai\"\"\",,,\n"
                + "quy,2024-10-05,,,Báo cáo quý III,,2024-Q3,1\n";
        Map<String, String> before = contentFiles();
        SiteFixture.Run dry = update(csv);
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.err()).isEmpty();
        assertThat(contentFiles()).as("without --write nothing changes").isEqualTo(before);
        assertThat(dry.out()).isEqualTo(site.path("tasks/mo-lop.md") + ": after line 14:\n"
                + "  - date: 2024-06-01\n"
                + "    note: \"Chuẩn bị lớp \\\"thứ hai\\\"\"\n"
                + "    status: in-progress\n"
                + "  - date: 2024-12-20\n"
                + "    note: \"Mở thêm 1 lớp, ở quận B\"\n"
                + "    evidence: \"bao-cao\"\n"
                + "    period: 2024\n"
                + "    value: 1\n"
                + site.path("tasks/tong-ket.md") + ": after line 5:\n"
                + "updates:\n"
                + "  - date: 2024-11-01\n"
                + "    note: \"Đã lập kế hoạch\"\n"
                + "    status: in-progress\n"
                + "    progress: 40\n"
                + site.path("tasks/quy.md") + ": after line 7 (and line 7: 'updates: []   # chưa có' → "
                + "'updates:   # chưa có'):\n"
                + "  - date: 2024-10-05\n"
                + "    note: \"Báo cáo quý III\"\n"
                + "    period: 2024-Q3\n"
                + "    value: 1\n"
                + "would add 4 updates from " + sheet + " to 3 task files; nothing was written: run again with "
                + "--write to add them\n");

        SiteFixture.Run written = updateSheet("--write");
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).endsWith("added 4 updates from " + sheet + " to 3 task files\n");
        assertThat(site.source("tasks/mo-lop.md")).as("the old text, with the new lines after the last update")
                .isEqualTo(MO_LOP.replace("    value: 1\nstatus: open\n", """
                            value: 1
                          - date: 2024-06-01
                            note: "Chuẩn bị lớp \\"thứ hai\\""
                            status: in-progress
                          - date: 2024-12-20
                            note: "Mở thêm 1 lớp, ở quận B"
                            evidence: "bao-cao"
                            period: 2024
                            value: 1
                        status: open
                        """));
        assertThat(site.source("tasks/tong-ket.md")).isEqualTo("---\ntitle: Tổng kết\nevent: hn\nassignee: so\n"
                + "# updates: thêm khi có báo cáo\n"
                + "updates:\n  - date: 2024-11-01\n    note: \"Đã lập kế hoạch\"\n    status: in-progress\n"
                + "    progress: 40\n---\nNội dung.\n");
        assertThat(site.source("tasks/quy.md")).as("the empty list is the one line rewritten").isEqualTo(
                "---\ntitle: Báo cáo quý\nevent: hn\nassignee: so\nrecurrence: quarterly\n"
                        + "target: {value: 1, unit: báo cáo}\nupdates:   # chưa có\n  - date: 2024-10-05\n"
                        + "    note: \"Báo cáo quý III\"\n    period: 2024-Q3\n    value: 1\n---\n");
        SiteFixture.Run build = site.build();
        assertThat(build.errLines()).isEmpty();
        assertThat(site.page("tasks/mo-lop/").select("ol.timeline > li")).hasSize(3);
    }

    @Test
    void eachKindOfBadRowIsAnErrorAtItsRowAndNoFileChanges() {
        String csv = "task,date,status,progress,note,evidence,period,value\n"
                + "mo-lp,2025-01-05,,,Không có việc này,,,\n"
                + "mo-lop,2024-01-15,,,Cũ hơn,,,\n"
                + "tong-ket,2024-12-01,xong,,Đã xong,,,\n"
                + "quy,2024-12-01,,,Báo cáo quý,,2024,1\n"
                + "tong-ket,2024-12-02,,,Có số liệu,,,5\n"
                + "tong-ket,2024-12-03,,150,Tiến độ,,,\n"
                + "tong-ket,3/12/2024,,,Sai ngày,,,\n"
                + "tong-ket,2024-12-04,in-progress,,,,,\n"
                + "mo-lop,2024-03-10,,,Mở 1 lớp,,,\n"
                + "tong-ket,2024-12-05,,,Có minh chứng,bao-coa,,\n"
                + ",2024-12-06,,,Không ghi việc,,,\n"
                + "mo-lop,2024-12-07,,,Hai lần,,,\n"
                + "mo-lop,2024-12-07,,,Hai lần,,,\n";
        Map<String, String> before = contentFiles();
        SiteFixture.Run run = update(csv, "--write");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                sheet + ":2: error: unknown task 'mo-lp'; did you mean 'mo-lop'?",
                error(3, "mo-lop", "the update is dated 2024-01-15, before the task's last update, dated 2024-03-10 "
                        + "(line 11); the progress log is kept in date order, and an update is only ever added at its "
                        + "end"),
                error(4, "tong-ket", "'status' cannot be 'xong' (one of: open, in-progress, done, cancelled)"),
                error(5, "quy", "'period' cannot be '2024' (write a quarter such as 2024-Q1, for a quarterly task)"),
                error(6, "tong-ket", "'value' records what was achieved against a target, but the task has no "
                        + "'target'; add one ({value, unit}) or remove the value"),
                error(7, "tong-ket", "'progress' is a percentage from 0 to 100, found 150"),
                error(8, "tong-ket", "'date' is not a date: '3/12/2024' (write YYYY-MM-DD, YYYY-MM or YYYY; format "
                        + "the column as text, so that the spreadsheet keeps it so)"),
                error(9, "tong-ket", "the 'note' cell is empty: every update says what happened"),
                error(10, "mo-lop", "already has this update, dated 2024-03-10 (line 11); was the sheet applied "
                        + "before? Leave the row out"),
                error(11, "tong-ket", "unknown document 'bao-coa' in 'evidence'; did you mean 'bao-cao'?"),
                sheet + ":12: error: the 'task' cell is empty: which task is this update for? (its id, the name of "
                        + "its file in tasks/)",
                error(14, "mo-lop", "the same update as row 13 (same date and note); leave one out"),
                "update failed: 12 errors; no file was changed");
        assertThat(contentFiles()).isEqualTo(before);
    }

    @Test
    void updatesWrittenAsNothingBecomeAList() {
        site.write("tasks/rong.md", "---\ntitle: Rỗng\nevent: hn\nassignee: so\nupdates: ~\nstatus: open\n---\n");
        SiteFixture.Run run = update("task,date,note\nrong,2024-11-01,Bắt đầu\n", "--write");
        assertThat(run.out()).startsWith(site.path("tasks/rong.md") + ": after line 5 (and line 5: 'updates: ~' → "
                + "'updates:'):\n");
        assertThat(site.source("tasks/rong.md")).isEqualTo("---\ntitle: Rỗng\nevent: hn\nassignee: so\nupdates:\n"
                + "  - date: 2024-11-01\n    note: \"Bắt đầu\"\nstatus: open\n---\n");
    }

    @Test
    void updatesWrittenOnTheLineOfTheKeyAreRefusedAndThenNoFileIsWritten() {
        site.write("tasks/mot-dong.md", "---\ntitle: Một dòng\nevent: hn\nassignee: so\n"
                + "updates: [{date: 2024-05-01, note: Bắt đầu}]\n---\n");
        Map<String, String> before = contentFiles();
        SiteFixture.Run run = update("task,date,note\ntong-ket,2024-11-01,Tốt\nmot-dong,2024-11-01,Tiếp tục\n",
                "--write");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(error(3, "mot-dong", "line 5: its updates are written on the line "
                        + "of 'updates:' ('updates: [{date: 2024-05-01, note: Bắt đầu}]'), and adding to them would "
                        + "rewrite that line; write them as a list, one '- date: …' a line (see docs/task-tracking.md), "
                        + "then run again"),
                "update failed: 1 error; no file was changed");
        assertThat(contentFiles()).as("the good row is not written either").isEqualTo(before);
    }

    @Test
    void aFileWithWindowsLineEndsAByteOrderMarkAndFlowItemsKeepsThem() {
        String crlf = "\uFEFF---\r\ntitle: Dòng Windows\r\nevent: hn\r\nassignee: so\r\nupdates:\r\n"
                + "- {date: 2024-04-01, note: Bắt đầu}\r\n# ghi chú cuối\r\n---\r\nNội dung.\r\n";
        site.write("tasks/windows.md", crlf);
        SiteFixture.Run run = update("task,date,note\nwindows,2024-11-01,Tiếp tục\n", "--write");
        assertThat(run.exit()).as(run.err()).isZero();
        byte[] bytes = read(site.content.resolve("tasks/windows.md"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF---\r\ntitle: Dòng Windows\r\n"
                + "event: hn\r\nassignee: so\r\nupdates:\r\n- {date: 2024-04-01, note: Bắt đầu}\r\n"
                + "- date: 2024-11-01\r\n  note: \"Tiếp tục\"\r\n# ghi chú cuối\r\n---\r\nNội dung.\r\n");
    }

    @Test
    void aSheetSavedByASpreadsheetIsReadAsItShowsWithItsRowNumbers() {
        String csv = "\uFEFFTask,Date,Note,Progress,Status\r\n"
                + "tong-ket,2024-11-01,\"Đã họp, thống nhất:\r\n- lịch báo cáo\r\n- \"\"mẫu\"\" biểu\",50%,in-progress\r\n"
                + ",,,,\r\n"
                + "tong-ket,2024-10-01,\"Cũ hơn, nhưng cùng bảng\",,\r\n"
                + "tong-ket,2024-12-01,Thiếu trạng thái,,xong\r\n";
        TestFiles.write(sheet, csv.getBytes(StandardCharsets.UTF_8));
        SiteFixture.Run run = updateSheet();
        assertThat(run.errLines()).as("rows numbered as the spreadsheet shows them, a cell over three lines one row")
                .containsExactly(error(5, "tong-ket", "'status' cannot be 'xong' (one of: open, in-progress, done, "
                        + "cancelled)"), "update failed: 1 error; no file was changed");
        TestFiles.write(sheet, csv.replace(",xong\r\n", ",\r\n").getBytes(StandardCharsets.UTF_8));
        SiteFixture.Run fixed = updateSheet("--write");
        assertThat(fixed.exit()).as(fixed.err()).isZero();
        assertThat(fixed.out()).endsWith("added 3 updates from " + sheet + " to 1 task file (1 row without an "
                + "update left out)\n");
        assertThat(site.source("tasks/tong-ket.md")).contains("updates:\n"
                + "  - date: 2024-10-01\n    note: \"Cũ hơn, nhưng cùng bảng\"\n"
                + "  - date: 2024-11-01\n    note: \"Đã họp, thống nhất:\\n- lịch báo cáo\\n- \\\"mẫu\\\" biểu\"\n"
                + "    status: in-progress\n    progress: 50\n"
                + "  - date: 2024-12-01\n    note: \"Thiếu trạng thái\"\n---\n");
        assertThat(site.build().errLines()).isEmpty();
        assertThat(site.page("tasks/tong-ket/").text()).contains("Đã họp, thống nhất: - lịch báo cáo - \"mẫu\" biểu");
    }

    @Test
    void aTabSeparatedSheetInUtf16AsExcelSavesUnicodeTextIsRead() {
        sheet = dir.resolve("cap-nhat.tsv");
        byte[] text = "task\tdate\tnote\r\ntong-ket\t2024-11-01\tCó dấu phẩy, và \"ngoặc\"\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        TestFiles.write(sheet, bytes);
        SiteFixture.Run run = updateSheet("--write");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(site.source("tasks/tong-ket.md")).contains("    note: \"Có dấu phẩy, và \\\"ngoặc\\\"\"\n");
    }

    @Test
    void theTaskExportFilledInIsASheetToApply() {
        assertThat(site.build().exit()).isZero();
        String export = site.read("tasks.csv");
        String header = export.substring(1, export.indexOf("\r\n"));
        assertThat(header).startsWith("id,url,title,").endsWith(",update_date,update_note,update_status,"
                + "update_progress,update_evidence,update_period,update_value");
        List<String> lines = new ArrayList<>(List.of(export.substring(1).split("\r\n")));
        int mine = lines.indexOf(lines.stream().filter(l -> l.startsWith("tong-ket,")).findFirst().orElseThrow());
        String row = lines.get(mine);
        lines.set(mine, row.substring(0, row.length() - ",,,,,,".length() - 1)
                + ",2024-12-15,Đã gửi báo cáo,in-progress,60,,,");
        TestFiles.write(sheet, ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        SiteFixture.Run run = updateSheet("--write");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("added 1 update from " + sheet + " to 1 task file (2 rows without an update "
                + "left out)\n");
        assertThat(site.source("tasks/tong-ket.md")).contains("updates:\n  - date: 2024-12-15\n"
                + "    note: \"Đã gửi báo cáo\"\n    status: in-progress\n    progress: 60\n---\n");
    }

    @Test
    void aFileThatWouldNotReadBackAsBeforeIsRefused() {
        site.write("tasks/kho.md", "---\ntitle: Khó\nevent: hn\nassignee: so\nupdates:\n  - date: 2024-01-01\n"
                + "    note: \"dòng một\ndòng hai\"\nstatus: open\n---\n");
        Map<String, String> before = contentFiles();
        SiteFixture.Run run = update("task,date,note\nkho,2024-11-01,Tiếp\n", "--write");
        assertThat(run.errLines()).containsExactly(error(2, "kho", "cannot be added after line 7 safely: the file "
                + "would not read back as before with this update at the end of its log; add the update by hand"),
                "update failed: 1 error; no file was changed");
        assertThat(contentFiles()).isEqualTo(before);
    }

    @Test
    void aQuotedCellNeverClosedIsAnErrorAtItsRow() {
        SiteFixture.Run run = update("task,date,note\ntong-ket,2024-11-01,Tốt\ntong-ket,2024-11-02,\"Chưa đóng\n"
                + "ngoặc\n");
        assertThat(run.errLines()).containsExactly(sheet + ":3: error: a quoted cell is never closed (it opens on "
                + "line 3 of the file): a quote inside a cell is written twice (\"\")",
                "update failed: 1 error; no file was changed");
    }

    @Test
    void anUnknownColumnOrAMissingOneIsAnErrorAtTheFirstRow() {
        SiteFixture.Run run = update("task,date,stauts,ghi chu\ntong-ket,2024-11-01,done,x\n");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                sheet + ":1: error: no column 'note': every update has a 'note' (what happened)",
                sheet + ":1: error: unknown column 'ghi_chu' (the columns are: task, date, note, status, progress, "
                        + "evidence, period, value)",
                sheet + ":1: error: unknown column 'stauts'; did you mean 'status'?",
                "update failed: 3 errors; no file was changed");
    }

    @Test
    void anUpdateAfterTheAsOfDateIsAWarningAtItsRowAndIsWritten() {
        SiteFixture.Run run = update("task,date,note\ntong-ket,2025-02-01,Sớm\n", "--write");
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(sheet + ":2: warning: " + about("tong-ket") + "update dated "
                + "2025-02-01 is after the as-of date 2025-01-15; it is shown but not counted");
        assertThat(site.source("tasks/tong-ket.md")).contains("  - date: 2025-02-01\n");
    }

    @Test
    void contentWithErrorsIsNotUpdated() {
        site.write("tasks/hong.md", "---\ntitle: Hỏng\nevent: hn\nassignee: khong-co\n---\n");
        Map<String, String> before = contentFiles();
        SiteFixture.Run run = update("task,date,note\ntong-ket,2024-11-01,Tốt\n", "--write");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                sheet + ": error: the content has errors (above), so no update was checked or added: fix them first "
                        + "('acta check' lists them)",
                site.error("tasks/hong.md", 4, "unknown organization 'khong-co' in 'assignee' (no organization has a "
                        + "similar id; add content/organizations/khong-co.yaml or correct the id)"),
                "update failed: 2 errors; no file was changed");
        assertThat(contentFiles()).isEqualTo(before);
    }

    @Test
    void theTemplatesExampleRowAppliesToTheSample() throws IOException {
        String guide = Files.readString(Path.of("docs/task-tracking.md"));
        int start = guide.indexOf("```csv\n") + "```csv\n".length();
        String example = guide.substring(start, guide.indexOf("```", start));
        SiteFixture sample = new SiteFixture(dir.resolve("sample"));
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                TestFiles.write(sample.content.resolve(Path.of("content").relativize(file).toString()),
                        Files.readAllBytes(file));
            }
        }
        TestFiles.write(sheet, example.getBytes(StandardCharsets.UTF_8));
        SiteFixture.Run run = sample.run("update", sheet.toString(), "--source", sample.content.toString(), "--as-of",
                "2025-06-30");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("would add 1 update from " + sheet + " to 1 task file; nothing was written: "
                + "run again with --write to add them\n");
    }

    @Test
    void aSheetThatDoesNotExistIsAUsageError() {
        SiteFixture.Run run = site.run("update", dir.resolve("khong-co.csv").toString(), "--source",
                site.content.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("no file " + dir.resolve("khong-co.csv") + ": give the sheet saved as CSV");
    }
}
