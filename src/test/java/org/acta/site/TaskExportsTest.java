package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each export of the tracker, parsed back with a real parser and compared field by field. */
class TaskExportsTest {
    @TempDir
    static Path dir;
    static SiteFixture site;

    @BeforeAll
    static void build() {
        site = TaskTrackingTest.tasksSite(dir)
                .write("tasks/cong-thuc.md", """
                        ---
                        title: "=HYPERLINK(\\"http://x\\"), \\"trích\\" và dòng
                          mới"
                        event: hoi-nghi
                        assignee: so-gddt
                        ---
                        """);
        assertThat(site.build().exit()).isZero();
    }

    private static String prop(Component component, String name) {
        return component.getProperty(name).map(p -> ((net.fortuna.ical4j.model.Property) p).getValue()).orElse(null);
    }

    private static Map<String, JsonNode> jsonTasks() throws Exception {
        JsonNode root = new ObjectMapper().readTree(site.read("tasks.json"));
        Map<String, JsonNode> byId = new TreeMap<>();
        root.get("tasks").forEach(t -> byId.put(t.get("id").asText(), t));
        return byId;
    }

    @Test
    void jsonHasEveryFieldTheDerivedStatusAndThePeriods() throws Exception {
        JsonNode root = new ObjectMapper().readTree(site.read("tasks.json"));
        assertThat(root.get("as_of").asText()).isEqualTo("2025-01-15");
        assertThat(root.get("due_soon_days").asInt()).isEqualTo(30);
        assertThat(root.get("counts").get("overdue").asInt()).isEqualTo(1);
        assertThat(StreamSupport.stream(root.get("tasks").spliterator(), false).map(t -> t.get("standing").asText())
                .toList()).startsWith("overdue", "due-soon", "due-soon");
        Map<String, JsonNode> tasks = jsonTasks();
        JsonNode overdue = tasks.get("qua-han");
        assertThat(overdue.get("url").asText()).isEqualTo("https://example.org/tasks/qua-han/");
        assertThat(overdue.get("due").asText()).isEqualTo("2024");
        assertThat(overdue.get("due_by").asText()).isEqualTo("2024-12-31");
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("status").asText()).isEqualTo("open");
        assertThat(overdue.get("assignee").get("name").asText()).isEqualTo("Sở Giáo dục, Đào tạo");
        JsonNode done = tasks.get("da-xong");
        assertThat(done.get("status_written").asText()).isEqualTo("open");
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(done.get("speech").get("url").asText()).isEqualTo("https://example.org/events/hoi-nghi/ket-luan/");
        assertThat(done.get("assigned_by").get("name").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(done.get("partners").get(0).get("id").asText()).isEqualTo("thanh-doan");
        JsonNode evidence = done.get("updates").get(1);
        assertThat(evidence.get("evidence").asText()).isEqualTo("bao-cao");
        assertThat(evidence.get("evidence_url").asText()).isEqualTo("https://example.org/documents/bao-cao/");
        assertThat(evidence.get("url").asText()).isEqualTo("https://example.org/tasks/da-xong/#update-2");
        assertThat(tasks.get("da-huy").get("standing").asText()).isEqualTo("cancelled");
        JsonNode yearly = tasks.get("hang-nam");
        assertThat(yearly.get("target").get("value").decimalValue()).isEqualByComparingTo("2");
        List<String> periods = new ArrayList<>();
        yearly.get("periods").forEach(p -> periods.add(p.get("period").asText() + " " + p.get("achieved").asText()
                + " " + p.get("outcome").asText()));
        assertThat(periods).containsExactly("2023 2 met", "2024 1 missed", "2025 0 current");
        assertThat(yearly.get("updates").get(2).get("counted").asBoolean()).isFalse();
    }

    @Test
    void csvOpensAsUtf8WithOneRowPerTaskAndNeutralisedFormulas() throws Exception {
        byte[] bytes = Files.readAllBytes(site.output.resolve("tasks.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            rows = parser.getRecords();
            assertThat(parser.getHeaderNames()).startsWith("id", "url", "title");
        }
        assertThat(rows).hasSize(8);
        Map<String, CSVRecord> byId = new TreeMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        CSVRecord done = byId.get("da-xong");
        assertThat(done.get("title")).isEqualTo("Cập nhật sau cùng quyết định");
        assertThat(done.get("status")).isEqualTo("done");
        assertThat(done.get("status_written")).isEqualTo("open");
        assertThat(done.get("progress")).isEqualTo("100");
        assertThat(done.get("partners")).isEqualTo("Thành đoàn");
        assertThat(done.get("last_update_date")).isEqualTo("2024-09-30");
        assertThat(byId.get("qua-han").get("standing")).isEqualTo("overdue");
        assertThat(byId.get("qua-han").get("due_by")).isEqualTo("2024-12-31");
        assertThat(byId.get("qua-han").get("assignee_name")).isEqualTo("Sở Giáo dục, Đào tạo");
        CSVRecord yearly = byId.get("hang-nam");
        assertThat(List.of(yearly.get("current_period"), yearly.get("periods_met"), yearly.get("periods_missed"),
                yearly.get("target_value"), yearly.get("as_of"))).containsExactly("2025", "1", "1", "2", "2025-01-15");
        assertThat(byId.get("cong-thuc").get("title")).isEqualTo("'=HYPERLINK(\"http://x\"), \"trích\" và dòng mới");
    }

    @Test
    void icalendarHasATodoPerTaskAndAnAllDayEventPerDueDate() throws Exception {
        String text = site.read("tasks.ics");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        Map<String, VToDo> todos = new TreeMap<>();
        for (Component c : calendar.getComponents(Component.VTODO)) {
            VToDo todo = (VToDo) c;
            todos.put(todo.getUid().orElseThrow().getValue(), todo);
        }
        assertThat(todos).hasSize(8);
        VToDo overdue = todos.get("task-qua-han@example.org");
        assertThat(overdue.getSummary().getValue()).isEqualTo("Quá hạn theo năm");
        assertThat(overdue.getDue().orElseThrow().getValue()).isEqualTo("20241231");
        assertThat(prop(overdue, "STATUS")).isEqualTo("NEEDS-ACTION");
        assertThat(prop(overdue, "PERCENT-COMPLETE")).isEqualTo("0");
        assertThat(overdue.getDateStamp().orElseThrow().getValue()).isEqualTo("20250115T000000Z");
        VToDo done = todos.get("task-da-xong@example.org");
        assertThat(prop(done, "STATUS")).isEqualTo("COMPLETED");
        assertThat(prop(done, "PERCENT-COMPLETE")).isEqualTo("100");
        assertThat(prop(done, "URL")).isEqualTo("https://example.org/tasks/da-xong/");
        assertThat(prop(todos.get("task-da-huy@example.org"), "STATUS")).isEqualTo("CANCELLED");
        VToDo formula = todos.get("task-cong-thuc@example.org");
        assertThat(formula.getSummary().getValue()).isEqualTo("=HYPERLINK(\"http://x\"), \"trích\" và dòng mới");
        assertThat(todos.get("task-hang-nam@example.org").getDue()).isEmpty();

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, LocalDate> dueDays = new TreeMap<>();
        for (VEvent event : events) {
            dueDays.put(event.getSummary().getValue(), LocalDate.parse(prop(event, "DTSTART"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        }
        assertThat(dueDays).containsEntry("Quá hạn theo năm", LocalDate.of(2024, 12, 31))
                .containsEntry("Hạn cuối tháng Một", LocalDate.of(2025, 1, 31))
                .containsEntry("Sắp đến hạn", LocalDate.of(2025, 2, 10))
                .doesNotContainKey("Mỗi năm mở 2 lớp");
        assertThat(text).contains("DTSTART;VALUE=DATE:20241231\r\n");
    }

    @Test
    void eachOrganisationHasItsCalendarAndAnAtomFeedOfItsTasksUpdates() throws Exception {
        Calendar doan = new CalendarBuilder().build(new StringReader(site.read("organizations/thanh-doan/tasks.ics")));
        List<String> uids = new ArrayList<>();
        for (Component c : doan.getComponents(Component.VTODO)) {
            uids.add(((VToDo) c).getUid().orElseThrow().getValue());
        }
        assertThat(uids).containsExactlyInAnyOrder("task-sap-den-han@example.org", "task-con-xa@example.org",
                "task-da-xong@example.org");
        assertThat(site.exists("organizations/thanh-uy/tasks.ics")).isFalse();

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
                .parse(site.output.resolve("organizations/so-gddt/feed.xml").toFile());
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((Element) entries.item(i)).getElementsByTagNameNS(atom, "id").item(0).getTextContent());
        }
        assertThat(ids).containsExactly("https://example.org/tasks/da-xong/#update-2",
                "https://example.org/tasks/hang-nam/#update-2", "https://example.org/tasks/da-xong/#update-1",
                "https://example.org/tasks/da-huy/#update-1", "https://example.org/tasks/hang-nam/#update-1");
        Element first = (Element) entries.item(0);
        assertThat(first.getElementsByTagNameNS(atom, "updated").item(0).getTextContent())
                .isEqualTo("2024-09-30T00:00:00Z");
        assertThat(first.getElementsByTagNameNS(atom, "content").item(0).getTextContent())
                .contains("Hoàn thành, có báo cáo", "status: done", "https://example.org/documents/bao-cao/");
        assertThat(feed.getElementsByTagNameNS(atom, "updated").item(0).getTextContent())
                .isEqualTo("2024-09-30T00:00:00Z");
    }
}
