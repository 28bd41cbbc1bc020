package org.acta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The browser the other browser tests rely on starts, runs script and reads a page. */
class ChromiumSmokeTest {
    @TempDir
    Path dir;

    @Test
    void readsAPageFromDiskAndRunsItsScript() throws Exception {
        assertThat(Chromium.installed()).as("chromium and chromedriver are installed (.ci/run installs them)").isTrue();
        Path page = dir.resolve("index.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=vi><body><h1>Kết nạp</h1>"
                + "<p id=out></p><script>document.getElementById('out').textContent = 'chạy';</script></body></html>");
        ChromeDriver browser = Chromium.start(1280, 800);
        try {
            browser.get(page.toUri().toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kết nạp");
            assertThat(browser.findElement(By.id("out")).getText()).isEqualTo("chạy");
        } finally {
            browser.quit();
        }
    }
}
