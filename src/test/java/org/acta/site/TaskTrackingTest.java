package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker's rules on a small site judged as of 15 January 2025 (the fixture's --as-of):
 * each rule on the task page, the tracker, the static views and the dashboards.
 */
class TaskTrackingTest {
    @TempDir
    Path dir;
    SiteFixture site;

    /** A site whose tasks each show one rule; {@link TaskExportsTest} reads the same one. */
    static SiteFixture tasksSite(Path dir) {
        return SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", """
                        ---
                        title: Hội nghị giao ban
                        date: 2023-03-10
                        organizers: [thanh-uy]
                        ---
                        """)
                .write("events/hoi-nghi/ket-luan.md", """
                        ---
                        title: Kết luận
                        speaker: nguyen-van-a
                        role: conclusion
                        ---
                        Giao Sở “mở lớp bồi dưỡng”.
                        """)
                .write("people/nguyen-van-a.yaml", "name: Nguyễn Văn A\n")
                .write("organizations/thanh-uy.yaml", "name: Thành ủy\n")
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục, Đào tạo\n")
                .write("organizations/thanh-doan.yaml", "name: Thành đoàn\n")
                .write("documents/bao-cao.md", "---\ntitle: Báo cáo kết quả\nnumber: 12-BC/SGD\n---\n")
                .write("tasks/qua-han.md", """
                        ---
                        title: Quá hạn theo năm
                        event: hoi-nghi
                        assignee: so-gddt
                        due: 2024
                        ---
                        """)
                .write("tasks/han-thang.md", """
                        ---
                        title: Hạn cuối tháng Một
                        event: hoi-nghi
                        assignee: so-gddt
                        due: 2025-01
                        ---
                        """)
                .write("tasks/sap-den-han.md", """
                        ---
                        title: Sắp đến hạn
                        event: hoi-nghi
                        assignee: thanh-doan
                        due: 2025-02-10
                        ---
                        """)
                .write("tasks/con-xa.md", """
                        ---
                        title: Hạn còn xa
                        event: hoi-nghi
                        assignee: thanh-doan
                        due: 2025-03-01
                        ---
                        """)
                .write("tasks/da-xong.md", """
                        ---
                        title: Cập nhật sau cùng quyết định
                        event: hoi-nghi
                        speech: ket-luan
                        assigned_by: nguyen-van-a
                        assignee: so-gddt
                        partners: [thanh-doan]
                        due: 2024-06
                        status: open
                        updates:
                          - date: 2024-03
                            note: Đã bắt đầu
                            status: in-progress
                            progress: 40
                          - date: 2024-09-30
                            note: Hoàn thành, có báo cáo
                            status: done
                            progress: 100
                            evidence: bao-cao
                        ---
                        """)
                .write("tasks/da-huy.md", """
                        ---
                        title: Đã hủy thì không quá hạn
                        event: hoi-nghi
                        assignee: so-gddt
                        due: 2024-01
                        updates:
                          - date: 2023-12-01
                            note: Không còn cần thiết
                            status: cancelled
                        ---
                        """)
                .write("tasks/hang-nam.md", """
                        ---
                        title: Mỗi năm mở 2 lớp
                        event: hoi-nghi
                        assignee: so-gddt
                        recurrence: yearly
                        target:
                          value: 2
                          unit: lớp
                        updates:
                          - date: 2023-11
                            note: Mở 2 lớp năm 2023
                            period: 2023
                            value: 2
                            evidence: https://example.org/tin?id=1,2
                          - date: 2024-06-01
                            note: Mở 1 lớp
                            value: 1
                          - date: 2025-03-01
                            note: Ghi trước ngày tính
                            period: 2025
                            value: 5
                        ---
                        """);
    }

    @BeforeEach
    void writeSite() {
        site = tasksSite(dir);
    }

    private static String standing(Document taskPage) {
        return taskPage.select(".task-status .badge").attr("class").replace("badge badge-", "");
    }

    @Test
    void aTaskPastItsDueDateIsOverdueAndAYearDueMeansTheEndOfTheYear() {
        assertThat(site.build().exit()).isZero();
        Document page = site.page("tasks/qua-han/");
        assertThat(standing(page)).isEqualTo("overdue");
        assertThat(page.select(".task-status").text()).contains("Quá hạn", "Tình trạng tính đến ngày 15/1/2025");
        assertThat(page.select(".facts .due").text()).isEqualTo("năm 2024");
    }

    @Test
    void aMonthDueIsJudgedAtTheEndOfTheMonth() {
        site.build();
        assertThat(standing(site.page("tasks/han-thang/"))).isEqualTo("due-soon");
        assertThat(site.page("tasks/han-thang/").select(".facts .due").text()).isEqualTo("tháng 1/2025");
    }

    @Test
    void aTaskDueWithinThirtyDaysIsDueSoonAndOneBeyondIsOpen() {
        site.build();
        assertThat(standing(site.page("tasks/sap-den-han/"))).isEqualTo("due-soon");
        assertThat(standing(site.page("tasks/con-xa/"))).isEqualTo("open");
    }

    @Test
    void theDueSoonWindowIsSetInSiteYaml() {
        site.write("site.yaml", SiteFixture.SITE_YAML + "due_soon_days: 60\n");
        assertThat(site.build().exit()).isZero();
        assertThat(standing(site.page("tasks/con-xa/"))).isEqualTo("due-soon");
        assertThat(site.page("tasks/").select(".as-of").text()).contains("60 ngày");
    }

    @Test
    void theLatestUpdateWinsAndTheAssignmentIsKept() {
        site.build();
        Document page = site.page("tasks/da-xong/");
        assertThat(standing(page)).isEqualTo("done");
        assertThat(page.select(".facts .progress").text()).isEqualTo("100%");
        assertThat(page.select(".timeline .status-change").eachText())
                .containsExactly("Chưa thực hiện → Đang thực hiện", "Đang thực hiện → Đã hoàn thành");
        assertThat(page.select(".timeline li").get(1).select("a").attr("href"))
                .isEqualTo("../../documents/bao-cao/");
        assertThat(page.select("#update-2").text()).contains("30/9/2024", "12-BC/SGD — Báo cáo kết quả");
        assertThat(page.select(".facts").text()).contains("Nguyễn Văn A", "Thành đoàn", "Kết luận", "tháng 6/2024");
        assertThat(page.select(".facts a[href$=ket-luan/]").attr("href"))
                .isEqualTo("../../events/hoi-nghi/ket-luan/");
    }

    @Test
    void aCancelledTaskIsNeverOverdue() {
        site.build();
        assertThat(standing(site.page("tasks/da-huy/"))).isEqualTo("cancelled");
    }

    @Test
    void aYearlyTargetIsMetOrMissedPerPeriodAndLaterUpdatesAreNotCounted() {
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).contains(site.path("tasks/hang-nam.md") + ":18: warning: update dated 2025-03-01 "
                + "is after the as-of date 2025-01-15; it is shown but not counted");
        Document page = site.page("tasks/hang-nam/");
        assertThat(page.select("table.periods tbody tr").eachText()).containsExactly(
                "2023 2 2 Đạt", "2024 2 1 Không đạt", "2025 2 0 (chưa có báo cáo) Đang thực hiện");
        assertThat(page.select(".timeline li.not-counted").text()).contains("Ghi trước ngày tính");
        Document tracker = site.page("tasks/");
        assertThat(tracker.select("tr[data-status] td").eachText()).contains("2025: — / 2 · 1 đạt · 1 không đạt");
    }

    @Test
    void theTrackerListsOverdueFirstThenDueSoonWithCounts() {
        site.build();
        Document tracker = site.page("tasks/");
        assertThat(tracker.select("table.tracker tbody tr").eachAttr("data-status")).containsExactly(
                "overdue", "due-soon", "due-soon", "open", "open", "done", "cancelled");
        assertThat(tracker.select("table.tracker tbody tr td:first-child").eachText()).startsWith(
                "Quá hạn theo năm", "Hạn cuối tháng Một", "Sắp đến hạn");
        assertThat(tracker.select(".counts a").eachText()).containsExactly("1 Quá hạn", "2 Sắp đến hạn",
                "0 Đang thực hiện", "2 Chưa thực hiện", "1 Đã hoàn thành", "1 Đã hủy");
        assertThat(tracker.select(".as-of").text()).contains("15/1/2025", "30 ngày");
        assertThat(tracker.select("form#task-filter").hasAttr("hidden")).isTrue();
        assertThat(tracker.select("script[src]").attr("src")).isEqualTo("../static/tasks.js");
        assertThat(site.exists("static/tasks.js")).isTrue();
    }

    @Test
    void staticViewsListTasksByStatusAssigneeAndEventWithoutJavaScript() {
        site.build();
        assertThat(site.page("tasks/status/overdue/").select("tbody tr td:first-child").eachText())
                .containsExactly("Quá hạn theo năm");
        assertThat(site.page("tasks/status/in-progress/").select("tbody tr")).isEmpty();
        assertThat(site.page("tasks/assignee/thanh-doan/").select("tbody tr td:first-child").eachText())
                .containsExactly("Sắp đến hạn", "Hạn còn xa");
        assertThat(site.page("tasks/event/hoi-nghi/").select("tbody tr")).hasSize(7);
        assertThat(site.page("tasks/").select(".task-views a").eachAttr("href"))
                .contains("../tasks/status/overdue/", "../tasks/assignee/so-gddt/", "../tasks/event/hoi-nghi/");
    }

    @Test
    void anOrganisationPageGroupsItsTasksByStatusOverdueFirst() {
        site.build();
        Document org = site.page("organizations/so-gddt/");
        assertThat(org.select("#lead ~ .task-group h4").eachText()).startsWith("Quá hạn (1)", "Sắp đến hạn (1)");
        assertThat(org.select("#partner ~ .task-group .tasks").text()).isEmpty();
        assertThat(org.select(".org-tasks .counts a").eachText()).containsExactly("1 Quá hạn", "1 Sắp đến hạn",
                "1 Chưa thực hiện", "1 Đã hoàn thành", "1 Đã hủy");
        assertThat(org.select(".org-tasks .as-of").text()).contains("15/1/2025");
        Document doan = site.page("organizations/thanh-doan/");
        assertThat(doan.select("#partner ~ .task-group .tasks").text()).contains("Cập nhật sau cùng quyết định");
        assertThat(doan.select(".org-tasks a").eachAttr("href")).contains("../../organizations/thanh-doan/tasks.ics",
                "../../organizations/thanh-doan/feed.xml");
    }

    @Test
    void personEventAndHomePagesShowTheirTasksWithStatus() {
        site.build();
        assertThat(site.page("people/nguyen-van-a/").select(".tasks .badge").eachText())
                .containsExactly("Đã hoàn thành");
        Document event = site.page("events/hoi-nghi/");
        assertThat(event.select(".tasks > li")).hasSize(7);
        assertThat(event.select(".tasks > li").first().select(".badge").text()).isEqualTo("Chưa thực hiện · Quá hạn");
        Document home = site.page("");
        assertThat(home.select("#tracker ~ .counts a").first().text()).isEqualTo("1 Quá hạn");
        assertThat(home.select("#tracker ~ .tasks a[href^=tasks/]").eachText())
                .containsExactly("Quá hạn theo năm", "Hạn cuối tháng Một", "Sắp đến hạn");
    }

    @Test
    void twoBuildsOfTheSameContentAreIdentical() throws Exception {
        site.build();
        String json = site.read("tasks.json");
        String ics = site.read("tasks.ics");
        String tracker = site.read("tasks/index.html");
        site.build();
        assertThat(site.read("tasks.json")).isEqualTo(json);
        assertThat(site.read("tasks.ics")).isEqualTo(ics);
        assertThat(site.read("tasks/index.html")).isEqualTo(tracker);
    }
}
