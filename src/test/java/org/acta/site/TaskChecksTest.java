package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks an editor gets on a task's progress log, each at the file and line of the update. */
class TaskChecksTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void writeSite() {
        site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2023-03\n---\n")
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục và Đào tạo\n");
    }



    @Test
    void updatesOutOfDateOrderAreAnError() {
        site.write("tasks/t1.md", """
                ---
                title: T
                event: hoi-nghi
                assignee: so-gddt
                updates:
                  - date: 2024-06-01
                    note: sau
                  - date: 2024-03
                    note: trước
                ---
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains(site.error("tasks/t1.md", 8, "update dated 2024-03 comes after one dated "
                + "2024-06-01; the progress log is kept in date order, oldest first: move this update up"));
    }

    @Test
    void anUpdateAfterTheAsOfDateIsAWarning() {
        site.write("tasks/t1.md", """
                ---
                title: T
                event: hoi-nghi
                assignee: so-gddt
                updates:
                  - date: 2025-02-01
                    note: sau ngày tính
                ---
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).contains(site.warning("tasks/t1.md", 6, "update dated 2025-02-01 is after the as-of "
                + "date 2025-01-15; it is shown but not counted"));
    }

    @Test
    void doneWithoutUpdateOrEvidenceIsAWarning() {
        site.write("tasks/t1.md", "---\ntitle: T\nevent: hoi-nghi\nassignee: so-gddt\nstatus: done\n---\n")
                .write("tasks/t2.md", """
                        ---
                        title: T2
                        event: hoi-nghi
                        assignee: so-gddt
                        updates:
                          - date: 2024-03
                            note: xong
                            status: done
                        ---
                        """)
                .write("tasks/t3.md", """
                        ---
                        title: T3
                        event: hoi-nghi
                        assignee: so-gddt
                        updates:
                          - date: 2024-03
                            note: xong
                            status: done
                            evidence: https://example.org/bao-cao
                        ---
                        """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).contains(
                site.warning("tasks/t1.md", 5, "task is marked done without any update; add an update saying when it "
                        + "was done, with 'evidence' (a URL or a document id)"),
                site.warning("tasks/t2.md", 6, "task is marked done without evidence; add 'evidence' (a URL or a "
                        + "document id) to the update that reports it"));
        assertThat(run.err()).doesNotContain("t3.md");
    }

    @Test
    void aPeriodThatDoesNotMatchTheRecurrenceIsAnError() {
        site.write("tasks/t1.md", """
                ---
                title: T
                event: hoi-nghi
                assignee: so-gddt
                recurrence: quarterly
                target: {value: 3, unit: lớp}
                updates:
                  - date: 2024-05
                    note: quý hai
                    period: 2024
                    value: 1
                ---
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains(site.error("tasks/t1.md", 10, "'updates[1].period' cannot be '2024' (write "
                + "a quarter such as 2024-Q1, for a quarterly task)"));
    }

    @Test
    void aValueWithoutATargetIsAnError() {
        site.write("tasks/t1.md", """
                ---
                title: T
                event: hoi-nghi
                assignee: so-gddt
                updates:
                  - date: 2024-05
                    note: mở 1 lớp
                    value: 1
                ---
                """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains(site.error("tasks/t1.md", 8, "'updates[1].value' records what was achieved "
                + "against a target, but the task has no 'target'; add one ({value, unit}) or remove the value"));
    }

    @Test
    void aValueWhoseDateSpansSeveralPeriodsNeedsAPeriod() {
        site.write("tasks/t1.md", """
                ---
                title: T
                event: hoi-nghi
                assignee: so-gddt
                recurrence: monthly
                target: {value: 1, unit: buổi}
                updates:
                  - date: 2024
                    note: cả năm
                    value: 12
                ---
                """);
        assertThat(site.build().errLines()).contains(site.error("tasks/t1.md", 10, "'updates[1].value' does not say which "
                + "period it counts for: the date 2024 spans several; add 'period' (a month such as 2024-03, for a "
                + "monthly task)"));
    }

    @Test
    void aTaskCannotTakeTheNameOfATrackerView() {
        site.write("tasks/status.md", "---\ntitle: T\nevent: hoi-nghi\nassignee: so-gddt\n---\n");
        assertThat(site.build().errLines()).contains(site.path("tasks/status.md") + ": error: a task cannot be named "
                + "'status': /tasks/status/ holds the tracker's views by status; rename the file");
    }

    @Test
    void aBadDueSoonWindowIsAnError() {
        site.write("site.yaml", SiteFixture.SITE_YAML + "due_soon_days: -3\n");
        assertThat(site.build().errLines()).contains(site.error("site.yaml", 3,
                "'due_soon_days' is a number of days from 0 to 3660, found -3"));
    }
}
