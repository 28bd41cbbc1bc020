package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the build leaves out, merges or cannot copy everywhere is said, at its file and line: a
 * hidden file, a tag with no letters, two long tags cut to one address, an id that Windows
 * reserves for a device.
 */
class NothingVanishesSilentlyTest {
    @TempDir
    Path dir;

    private SiteFixture base() {
        return SiteFixture.withSite(dir)
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\n---\n");
    }

    @Test
    void aHiddenFileOrFolderIsNamedInAWarningButTheClutterOfSystemsAndEditorsIsNot() {
        SiteFixture site = base()
                .write("pages/..md", "---\ntitle: Chấm\n---\n")
                .write("pages/.gioi-thieu.md", "---\ntitle: Giới thiệu\n---\n")
                .write("events/.cu/index.md", "---\ntitle: Cũ\ndate: 2020\n---\n")
                .write("events/.cu/de-dan.md", "---\ntitle: Đề dẫn\n---\n")
                .writeBytes("assets/.DS_Store", new byte[] {0, 1})
                .write("assets/.htaccess", "AddType text/html .txt\n")
                .write(".git/config", "[core]\n")
                .write("pages/.gioi-thieu.md.swp", "vim")
                .write("pages/.gioi-thieu.md.kate-swp", "kate")
                .write("pages/.goutputstream-X1Y2", "gedit")
                .write("pages/._gioi-thieu.md", "macOS")
                .write("pages/.gitkeep", "");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isZero();
        String hidden = ": warning: ignored: a name that starts with '.' is hidden, so it is neither read nor published";
        assertThat(run.errLines()).containsExactly(
                site.path("assets/.htaccess") + hidden,
                site.path("events/.cu") + ": warning: ignored: a folder whose name starts with '.' is hidden, so "
                        + "nothing in it is read or published; if it is content, rename it to 'cu'",
                site.path("pages/..md") + hidden + "; if it is content, give it a name that starts with a letter "
                        + "or a digit",
                site.path("pages/.gioi-thieu.md") + hidden + "; if it is content, rename it to 'gioi-thieu.md'");
        assertThat(site.exists("assets/.htaccess")).isFalse();
    }

    @Test
    void anIdOrTagOrAssetThatWindowsCannotHoldIsAWarning() {
        SiteFixture site = base()
                .write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\ntags:\n  - Con\n---\n")
                .write("pages/con.md", "---\ntitle: Con\n---\n")
                .write("people/lpt1.yaml", "name: Lê Phú Tài\n")
                .writeBytes("assets/aux.png", EveryPageKind.png(2, 1))
                .writeBytes("assets/bao-cao?.pdf", new byte[] {2});

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(
                site.path("assets/aux.png") + ": warning: 'aux' is a name Windows reserves for a device (CON, PRN, "
                        + "AUX, NUL, COM0–COM9, LPT0–LPT9), so this file cannot be copied to a Windows computer or "
                        + "served by some hosts; rename it",
                site.path("assets/bao-cao?.pdf") + ": warning: the name has a character Windows does not allow in "
                        + "file names ('?'; none of < > : \" \\ | ? * may be used), so this file cannot be copied to "
                        + "a Windows computer or served by some hosts; rename it",
                site.warning("events/hoi-nghi/index.md", 5, "tag 'Con' has the address /tags/con/, a name Windows "
                        + "reserves for a device (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9), so its folder cannot be "
                        + "copied to a Windows computer or served by some hosts; add a word to the tag"),
                site.path("pages/con.md") + ": warning: the id 'con' is a name Windows reserves for a device (CON, "
                        + "PRN, AUX, NUL, COM0–COM9, LPT0–LPT9), so the folder of its page cannot be copied to a "
                        + "Windows computer or served by some hosts; rename the file",
                site.path("people/lpt1.yaml") + ": warning: the id 'lpt1' is a name Windows reserves for a device "
                        + "(CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9), so the folder of its page cannot be copied to a "
                        + "Windows computer or served by some hosts; rename the file");
    }

    @Test
    void aTagWithNoLetterOrDigitIsReportedNotDropped() {
        SiteFixture site = base().write("events/hoi-nghi/index.md",
                "---\ntitle: Hội nghị\ndate: 2024-03-01\ntags:\n  - Giáo dục\n  - \"!!!\"\n  - —\n---\n");

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isZero();
        String nothing = "' has no letter or digit to make its address from, so it has no page and the event is "
                + "not listed under it; write it with letters or digits";
        assertThat(run.errLines()).containsExactly(
                site.warning("events/hoi-nghi/index.md", 6, "tag '!!!" + nothing),
                site.warning("events/hoi-nghi/index.md", 7, "tag '—" + nothing));
        assertThat(site.exists("tags/giao-duc/index.html")).isTrue();
    }

    @Test
    void twoLongTagsCutToOneAddressAreReported() {
        String common = "Nâng cao chất lượng công tác phát triển đảng viên trong các trường học trên địa bàn thành "
                + "phố Hà Nội";
        SiteFixture site = site(common);

        SiteFixture.Run run = site.build();

        assertThat(run.exit()).isZero();
        String slug = "nang-cao-chat-luong-cong-tac-phat-trien-dang-vien-trong-cac-truong-hoc-tren-dia-ban-thanh-pho-ha-noi";
        assertThat(slug).hasSizeLessThanOrEqualTo(100);
        assertThat(run.errLines()).containsExactly(site.warning("events/hoi-nghi/index.md", 6, "tag '" + common
                + " năm 2025' shares the address /tags/" + slug + "/ with the tag '" + common + " năm 2024' (line 5): "
                + "tag addresses are cut at 100 characters, so the two have one page; make them differ sooner"));
        assertThat(site.exists("tags/" + slug + "/index.html")).isTrue();
    }

    private SiteFixture site(String common) {
        return base().write("events/hoi-nghi/index.md", "---\ntitle: Hội nghị\ndate: 2024-03-01\ntags:\n  - "
                + common + " năm 2024\n  - " + common + " năm 2025\n---\n");
    }
}
