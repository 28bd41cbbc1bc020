package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.acta.testing.Chromium;
import org.acta.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search as a reader uses it: queries typed with and without diacritics, and with đ typed as d,
 * into the search box of a built site, in headless Chromium, over http and from disk.
 */
class SearchBrowserTest {
    static final String EVENT = "events/hoi-nghi-dang-bo/";

    @TempDir
    static Path dir;
    static SiteFixture sample;
    static SiteFixture site;
    static StaticServer sampleServer;
    static StaticServer siteServer;
    static ChromeDriver browser;

    /** One result as the reader sees it. */
    record Result(String title, String href, String meta, List<String> marks) {
    }

    @BeforeAll
    static void buildBothSitesAndStartTheBrowser() {
        assertThat(Chromium.installed()).as("chromium and chromedriver are installed (.ci/run installs them)").isTrue();
        sample = new SiteFixture(dir.resolve("sample"));
        assertThat(sample.run("build", "--source", "content", "--templates", "templates", "--output",
                sample.output.toString(), "--as-of", "2025-06-30").exit()).isZero();
        site = SiteFixture.withSite(dir.resolve("fixture"))
                .write("events/hoi-nghi-dang-bo/index.md", "---\ntitle: Hội nghị Đảng bộ khối trường học\n"
                        + "date: 2024-03-05\n---\nTổng kết công tác năm học.\n")
                .write("events/hoi-nghi-dang-bo/tham-luan.md", "---\ntitle: Tham luận về tạo nguồn\n"
                        + "speaker: dang-thu-ha\nrole: discussion\n---\nMở đầu bài tham luận.\n\n## Thực trạng\n\n"
                        + "Trong năm, chi bộ đã kết nạp đảng viên mới là học sinh lớp 12.\n\n## Giải pháp\n\n"
                        + "Tăng cường bồi dưỡng nhận thức.\n")
                .write("events/hoi-nghi-dang-bo/y-kien.md", "---\ntitle: Ý kiến của đại biểu\n"
                        + "speaker: nguyen-van-an\nrole: remarks\n---\nViên chức nhà trường nêu ý kiến: đảng bộ cần"
                        + " rà soát, còn công tác kết nạp phải chặt chẽ.\n")
                .write("events/hop-mat/index.md", "---\ntitle: Họp mặt đầu xuân\ndate: 2019-02\n---\n"
                        + "Gặp gỡ cán bộ hưu trí của Đảng bộ.\n")
                .write("people/dang-thu-ha.yaml", "name: Đặng Thu Hà\n")
                .write("people/nguyen-van-an.yaml", "name: Nguyễn Văn An\n");
        assertThat(site.build().exit()).isZero();
        sampleServer = new StaticServer(sample.output.toAbsolutePath());
        siteServer = new StaticServer(site.output.toAbsolutePath());
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sampleServer != null) {
            sampleServer.close();
        }
        if (siteServer != null) {
            siteServer.close();
        }
    }

    @Test
    void foldsEverySharedCaseAsJavaDoes() throws IOException {
        Path page = dir.resolve("fold.html");
        Files.writeString(page, "<!DOCTYPE html><meta charset=utf-8><script src=\""
                + Path.of("templates/static/search.js").toAbsolutePath().toUri() + "\"></script>");
        browser.get(page.toUri().toString());
        String cases;
        try (InputStream in = getClass().getResourceAsStream("/folding-cases.json")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Object wrong = browser.executeScript("var cases = JSON.parse(arguments[0]);"
                + "return [cases.length].concat(cases.filter(function (c) { return ActaSearch.fold(c.text) !== c.folded; })"
                + ".map(function (c) { return c.text + ' → ' + ActaSearch.fold(c.text) + ' (' + c.why + ')'; }));", cases);
        assertThat((List<?>) wrong).as("the case count, then every case the script folds otherwise").hasSize(1);
    }

    @Test
    void theSampleFindsKetNapDangVienTypedWithoutDiacriticsOverHttpAndFromDisk() {
        List<String> phrasePages = List.of("toa-dam-phat-trien-dang-vien-truong-hoc/", "/de-dan/", "/ket-luan/",
                "/phat-bieu-vu-duc-bao/");
        for (String home : List.of(sampleServer.url(), sample.output.resolve("index.html").toUri().toString())) {
            browser.get(home);
            WebElement box = browser.findElement(By.id("site-search-q"));
            box.sendKeys("ket nap dang vien", Keys.ENTER);
            List<Result> results = waitForResults("ket nap dang vien");
            assertThat(browser.getCurrentUrl()).contains("q=ket+nap+dang+vien");
            assertThat(results).as("from " + home).isNotEmpty();
            assertThat(phrasePages).as("the first result has the phrase: " + results.get(0))
                    .anyMatch(p -> results.get(0).href().contains(p));
            assertThat(results.get(0).marks()).contains("kết", "nạp", "đảng", "viên");
            if (home.startsWith("file:")) {
                assertThat(results.get(0).href()).startsWith("file:").contains("index.html");
            }

            type("kết nạp đảng viên");
            assertThat(waitForResults("kết nạp đảng viên").get(0).href()).isEqualTo(results.get(0).href());
        }
    }

    @Test
    void exactDiacriticsAndNamesComeFirstAndDTypedAsDFindsD() {
        assertThat(first(search("đặng")).href()).endsWith("people/dang-thu-ha/");
        assertThat(first(search("đảng")).href()).endsWith(EVENT);
        assertThat(search("dang")).extracting(Result::href)
                .anyMatch(h -> h.endsWith("people/dang-thu-ha/")).anyMatch(h -> h.endsWith(EVENT));
        assertThat(first(search("dang thu ha")).title()).isEqualTo("Đặng Thu Hà");
        assertThat(first(search("nguyen van an")).meta()).startsWith("Nhân vật");
    }

    @Test
    void wordsTogetherAsAPhraseRankAboveWordsApartAndLinkToTheirSection() {
        List<Result> results = search("ket nap dang vien");
        assertThat(results).extracting(Result::title).startsWith("Tham luận về tạo nguồn", "Ý kiến của đại biểu");
        assertThat(results.get(0).href()).endsWith(EVENT + "tham-luan/#thuc-trang");
        assertThat(results.get(0).meta()).isEqualTo("Bài phát biểu · 5/3/2024 · Mục: Thực trạng");
    }

    @Test
    void filtersByKindAndYearKeptInTheAddress() {
        assertThat(search("dang&kind=person")).extracting(Result::meta).allMatch(m -> m.startsWith("Nhân vật"))
                .hasSize(1);
        assertThat(search("dang&year=2019")).extracting(Result::title).containsExactly("Họp mặt đầu xuân");
        assertThat(browser.findElement(By.id("search-year")).getAttribute("value")).isEqualTo("2019");
    }

    @Test
    void saysWhatToTryWhenNothingMatches() {
        assertThat(search("xyzzy")).isEmpty();
        assertThat(browser.findElement(By.id("search-status")).getText())
                .startsWith("Không tìm thấy kết quả nào cho „xyzzy“. Hãy thử ít từ hơn");
    }

    @Test
    void resultsComeAsYouTypeAndTheKeyboardReachesThem() {
        browser.get(siteServer.url() + "search/");
        type("thu ha");
        List<Result> results = waitForResults("thu ha");
        assertThat(results.get(0).title()).isEqualTo("Đặng Thu Hà");
        assertThat(browser.getCurrentUrl()).isEqualTo(siteServer.url() + "search/?q=thu+ha");
        browser.findElement(By.id("search-q")).sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Đặng Thu Hà");
    }

    @Test
    void worksFromDiskWithDTypedAsD() {
        browser.get(site.output.resolve("search/index.html").toUri() + "?q=dang+thu+ha");
        Result first = waitForResults("dang thu ha").get(0);
        assertThat(first.href()).startsWith("file:").endsWith("people/dang-thu-ha/index.html");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static List<Result> search(String query) {
        browser.get(siteServer.url() + "search/?q=" + query);
        return waitForResults(query.replaceAll("&.*", "").replace('+', ' '));
    }

    private static void type(String query) {
        WebElement box = browser.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys(query);
    }

    /** Waits until the live region reports on {@code query}, then reads the results. */
    private static List<Result> waitForResults(String query) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.contains("„" + query + "“") || status.contains("Không tải được");
        });
        return browser.findElements(By.cssSelector("#search-results > li")).stream().map(li -> new Result(
                li.findElement(By.cssSelector("h2 a")).getText(),
                li.findElement(By.cssSelector("h2 a")).getAttribute("href"),
                li.findElement(By.cssSelector(".meta")).getText(),
                li.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList())).toList();
    }

    private static Result first(List<Result> results) {
        assertThat(results).isNotEmpty();
        return results.get(0);
    }
}
