package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unknown id is answered with the items meant, found by their id or their name before the closest ids. */
class DidYouMeanTest {
    @TempDir
    Path dir;

    @Test
    void suggestsOrganizationsAndPeopleByIdOrNameBeforeTheClosestId() {
        SiteFixture site = SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n")
                .write("events/hoi-nghi/ket-luan.md", "---\ntitle: Kết luận\nspeaker: phong\nrole: conclusion\n---\n")
                .write("organizations/ban-to-chuc-thanh-uy-ha-noi.yaml", "name: Ban Tổ chức Thành ủy Hà Nội\n")
                .write("organizations/thanh-uy-ha-noi.yaml", "name: Thành ủy Hà Nội\n")
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục và Đào tạo Hà Nội\n")
                .write("people/pham-van-khoa.yaml", "name: Phạm Văn Khoa\n")
                .write("people/nguyen-van-phong.yaml", "name: Nguyễn Văn Phong\n")
                .write("tasks/t1.md", """
                        ---
                        title: Rà soát
                        event: hoi-nghi
                        assignee: ban-to-chuc-thanh-uy
                        partners: [so-giao-duc-va-dao-tao]
                        assigned_by: khoa
                        ---
                        """);
        SiteFixture.Run run = site.build();
        assertThat(run.errLines()).containsExactly(
                site.error("events/hoi-nghi/ket-luan.md", 3, "unknown person 'phong' in 'speaker'; did you mean "
                        + "'nguyen-van-phong'?"),
                site.error("tasks/t1.md", 4, "unknown organization 'ban-to-chuc-thanh-uy' in 'assignee'; did you mean "
                        + "'ban-to-chuc-thanh-uy-ha-noi'?"),
                site.error("tasks/t1.md", 5, "unknown organization 'so-giao-duc-va-dao-tao' in 'partners'; did you "
                        + "mean 'so-gddt'?"),
                site.error("tasks/t1.md", 6, "unknown person 'khoa' in 'assigned_by'; did you mean 'pham-van-khoa'?"),
                "build failed: 4 errors, 0 warnings; " + site.output + "/ was left unchanged");
    }
}
