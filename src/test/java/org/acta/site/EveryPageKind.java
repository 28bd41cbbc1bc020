package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Two built sites that between them have every page kind the default theme renders: the sample
 * content, and a small inline site with every task state, dated and undated events, figures,
 * footnotes, tables, an image, a passage in another language, a task quoting its speech and a title
 * that tries to close a script. The validity, accessibility and linked-data tests read them.
 */
final class EveryPageKind {
    private EveryPageKind() {
    }

    /** The sample content/ with the repository's theme, built as of 2025-06-30 into {@code dir}/sample. */
    static SiteFixture sample(Path dir) {
        SiteFixture sample = new SiteFixture(dir.resolve("sample"));
        SiteFixture.Run run = sample.run("build", "--source", "content", "--templates", "templates", "--output",
                sample.output.toString(), "--as-of", "2025-06-30");
        assertThat(run.exit()).as(run.err()).isZero();
        return sample;
    }

    /** The inline site, built as of 2025-01-15 into {@code dir}/kinds. */
    static SiteFixture inline(Path dir) {
        SiteFixture site = SiteFixture.withSite(dir.resolve("kinds"))
                .write("site.yaml", "title: Kỷ yếu thử\nbase_url: https://example.org/ky-yeu/\n"
                        + "description: Kỷ yếu thử của mọi loại trang.\n")
                .writeBytes("assets/anh/hoi-truong.png", png(64, 40))
                .writeBytes("assets/people/an.png", png(30, 40))
                .write("events/hoi-nghi/index.md", """
                        ---
                        title: "Hội nghị tổng kết </script><b>năm học</b> & \\"định hướng\\""
                        date: 2024-03-05
                        end_date: 2024-03-06
                        kind: Hội nghị
                        location: Hà Nội
                        organizers: [so-gddt]
                        participants: [thanh-doan, so-gddt]
                        chair: nguyen-van-a
                        documents: [ke-hoach]
                        tags: [giáo dục, "học sinh"]
                        figures:
                          - label: Trường học
                            value: 2835
                          - label: Học sinh
                            value: 2.2
                            unit: triệu
                            note: trên 2,2 triệu
                          - label: Tỷ lệ
                            value: 10
                            unit: "%"
                        conclusions:
                          - "Tăng cường **tạo nguồn** trong [trường học](/organizations/so-gddt/)."
                          - Mở lớp bồi dưỡng.
                        source:
                          title: Bản tin gốc
                          url: https://example.org/tin
                          publisher: Báo mẫu
                          date: 2024-03-07
                        ---
                        Hội nghị tổng kết năm học, có <span lang="en">keynote</span> của chuyên gia.

                        ![Hội trường](/assets/anh/hoi-truong.png)

                        | Chỉ tiêu | Kết quả |
                        |---|---|
                        | Kết nạp | 120 |
                        | Tạo nguồn | 300 |

                        Theo báo cáo[^1], kết quả tốt.

                        ## Tasks

                        <span lang="en">A heading that shares its words with a part of the page.</span>

                        [^1]: Báo cáo của Sở, tháng 3/2024.
                        """)
                .write("events/hoi-nghi/de-dan.md", """
                        ---
                        title: Đề dẫn
                        speaker: nguyen-van-a
                        role: opening
                        order: 1
                        summary: Tóm tắt đề dẫn.
                        ---
                        Mở đầu.

                        ## Thực trạng

                        Nội dung thực trạng, với đoạn trích <span lang="en">"leave no one behind"</span>.

                        ### Số liệu

                        | Năm | Số lớp |
                        |---|---|
                        | 2023 | 2 |

                        ## Giải pháp

                        Tăng cường bồi dưỡng[^a].

                        [^a]: Ghi chú giải pháp.
                        """)
                .write("events/hoi-nghi/thao-luan.md", """
                        ---
                        title: Ý kiến thảo luận
                        speaker_note: Các đại biểu
                        role: discussion
                        order: 2
                        ---
                        Các đại biểu trao đổi.
                        """)
                .write("events/hoi-nghi/ket-luan.md", """
                        ---
                        title: Kết luận
                        speaker: nguyen-van-a
                        role: conclusion
                        order: 3
                        ---
                        Kết luận của chủ trì.
                        """)
                .write("events/hop-mat/index.md", "---\ntitle: Họp mặt đầu xuân\ndate: 2019-02\n---\nGặp gỡ.\n")
                .write("events/toa-dam/index.md", "---\ntitle: Tọa đàm không rõ ngày\ndate: unknown\n"
                        + "date_note: Nguồn không ghi ngày.\n---\n")
                .write("people/nguyen-van-a.yaml", """
                        name: Nguyễn Văn A
                        photo: people/an.png
                        bio: "Nhà giáo, *cán bộ* quản lý."
                        positions:
                          - title: Giám đốc Sở Giáo dục
                            organization: so-gddt
                            from: 2020-01
                          - title: Phó Giám đốc
                            organization: so-gddt
                            from: 2015
                            to: 2019-12
                        """)
                .write("people/tran-thi-b.yaml", "name: Trần Thị B\n")
                .write("organizations/ubnd.yaml", "name: Ủy ban nhân dân Thành phố\nkind: cơ quan hành chính\n"
                        + "url: https://example.org/ubnd\n")
                .write("organizations/so-gddt.yaml", "name: Sở Giáo dục - Đào tạo\nshort_name: Sở GDĐT\n"
                        + "parent: ubnd\n")
                .write("organizations/thanh-doan.yaml", "name: Thành đoàn\n")
                .write("documents/ke-hoach.md", "---\ntitle: Kế hoạch năm học\nnumber: \"01-KH/SGD\"\n"
                        + "issuer: so-gddt\ndate: 2023-08\nperiod: 2023–2024\nurl: https://example.org/kh\n---\n"
                        + "# Kế hoạch năm học\n\n#### Mục tiêu\n\nNội dung kế hoạch.\n")
                .write("documents/bao-cao.md", "---\ntitle: Báo cáo kết quả\n---\n")
                .write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\norder: 1\n---\nTrang giới thiệu.\n\n"
                        + "## Liên hệ\n\nThư điện tử.\n")
                .write("tasks/qua-han.md", """
                        ---
                        title: Việc đã quá hạn
                        event: hoi-nghi
                        speech: ket-luan
                        quote: "kết luận của chủ trì"
                        assigned_by: nguyen-van-a
                        assignee: so-gddt
                        due: 2024-06
                        status: open
                        ---
                        Chi tiết việc quá hạn.
                        """)
                .write("tasks/sap-den-han.md", "---\ntitle: Việc sắp đến hạn\nevent: hoi-nghi\nassignee: thanh-doan\n"
                        + "due: 2025-01-31\n---\n")
                .write("tasks/dang-lam.md", """
                        ---
                        title: Việc đang làm
                        event: hoi-nghi
                        assignee: so-gddt
                        partners: [thanh-doan]
                        due: 2025-12
                        updates:
                          - date: 2024-05
                            note: Đã bắt đầu
                            status: in-progress
                            progress: 40
                        ---
                        """)
                .write("tasks/da-xong.md", """
                        ---
                        title: Việc đã xong
                        event: hoi-nghi
                        assignee: so-gddt
                        due: 2024-12
                        updates:
                          - date: 2024-09-30
                            note: Hoàn thành
                            status: done
                            progress: 100
                            evidence: bao-cao
                          - date: 2025-03-01
                            note: Ghi sau ngày tính
                        ---
                        """)
                .write("tasks/da-huy.md", "---\ntitle: Việc đã hủy\nevent: hoi-nghi\nassignee: thanh-doan\n"
                        + "updates:\n  - date: 2024-02-01\n    note: Không cần nữa\n    status: cancelled\n---\n")
                .write("tasks/chua-co-han.md", "---\ntitle: Việc chưa có hạn\nevent: hop-mat\nassignee: ubnd\n---\n")
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
                        ---
                        """);
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        return site;
    }

    /** A small English site (interface in English), built as of 2025-01-15 into {@code dir}/english. */
    static SiteFixture english(Path dir) {
        SiteFixture site = new SiteFixture(dir.resolve("english"))
                .write("site.yaml", "title: Proceedings\nbase_url: https://example.org/\nlanguage: en\n")
                .write("events/summit/index.md", "---\ntitle: Summit\ndate: 2024~\nlocation: Hanoi\n---\n"
                        + "A summit, with a Vietnamese phrase: <span lang=\"vi\">phát triển đảng viên</span>.\n\n"
                        + "## Conclusions\n\nAgreed.\n")
                .write("events/summit/opening.md", "---\ntitle: Opening\nspeaker: jane\nrole: opening\n---\nWelcome.\n")
                .write("people/jane.yaml", "name: Jane Doe\npositions:\n  - title: Minister\n    from: 2020\n")
                .write("organizations/ministry.yaml", "name: Ministry of Education\nkind: ministry\n")
                .write("tasks/report.md", "---\ntitle: Report back\nevent: summit\nassignee: ministry\n"
                        + "due: 2024-06\n---\n");
        SiteFixture.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        return site;
    }

    /** Every HTML page of a built site, as paths below its root ("events/x/index.html"). */
    static List<String> pages(SiteFixture site) {
        try {
            Path real = site.output.toRealPath();
            try (Stream<Path> files = Files.walk(real)) {
                return files.filter(f -> f.toString().endsWith(".html"))
                        .map(f -> real.relativize(f).toString().replace('\\', '/')).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real PNG image of that size. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 6) << 8 | 0x80);
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
