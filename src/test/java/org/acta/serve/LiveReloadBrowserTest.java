package org.acta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.acta.testing.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An open page in a real browser follows the edits by itself: new text, then errors, then the fix. */
class LiveReloadBrowserTest {
    @TempDir
    Path dir;
    PreviewSite site;
    ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void anOpenPageShowsTheEditThenTheErrorThenTheFixWithoutBeingReloadedByHand() throws Exception {
        assertThat(Chromium.installed()).as("chromium and chromedriver are installed (.ci/run installs them)").isTrue();
        site = new PreviewSite(dir).start();
        browser = Chromium.start(1024, 768);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(site.uri("events/hoi-nghi/de-dan/").toString());
        assertThat(browser.findElement(By.cssSelector(".prose p")).getText()).isEqualTo("Nội dung đề dẫn ban đầu.");
        // a mark that a reload by the page itself would wipe out, to tell it from the test reloading
        browser.executeScript("window.actaTestMark = 1;");
        wait.until(d -> site.server.listeners() > 0);

        String good = site.source(PreviewSite.SPEECH);
        site.write(PreviewSite.SPEECH, good.replace("ban đầu", "vừa sửa"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".prose p"), "Nội dung đề dẫn vừa sửa."));
        assertThat(browser.executeScript("return window.actaTestMark === undefined")).isEqualTo(true);

        site.write(PreviewSite.SPEECH, good.replace("role: opening", "role: openning"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("acta-build-errors")));
        assertThat(browser.findElement(By.id("acta-build-errors")).getText())
                .contains(site.content + "/events/hoi-nghi/de-dan.md:4: error:");
        assertThat(browser.findElement(By.cssSelector(".prose p")).getText()).isEqualTo("Nội dung đề dẫn vừa sửa.");

        site.write(PreviewSite.SPEECH, good.replace("ban đầu", "đã xong"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".prose p"), "Nội dung đề dẫn đã xong."));
        assertThat(browser.findElements(By.id("acta-build-errors"))).isEmpty();
    }
}
