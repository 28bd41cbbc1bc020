package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The tracker in a real browser: the filter from the address, in place, back into the address; on a phone. */
class TrackerBrowserTest {
    @TempDir
    static Path dir;
    static SiteFixture site;
    static HttpServer server;
    static String base;

    @BeforeAll
    static void buildAndServe() throws IOException {
        site = TaskTrackingTest.tasksSite(dir);
        assertThat(site.build().exit()).isZero();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring(1);
            Path file = site.output.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String type = file.toString().endsWith(".js") ? "text/javascript" : file.toString().endsWith(".css")
                    ? "text/css" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(bytes.length == 0 ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static List<String> shownTitles(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("table.tracker tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.cssSelector("td")).getText()).toList();
    }

    @Test
    void filtersFromTheAddressAndWritesTheFilterBackIntoIt() {
        ChromeDriver browser = Chromium.start(1280, 900);
        try {
            browser.get(base + "tasks/?assignee=thanh-doan");
            assertThat(browser.findElement(By.id("task-filter")).isDisplayed()).isTrue();
            assertThat(shownTitles(browser)).containsExactly("Sắp đến hạn", "Hạn còn xa");
            new Select(browser.findElement(By.name("assignee"))).selectByValue("");
            new Select(browser.findElement(By.name("status"))).selectByValue("overdue");
            assertThat(shownTitles(browser)).containsExactly("Quá hạn theo năm");
            assertThat(browser.getCurrentUrl()).isEqualTo(base + "tasks/?status=overdue");
            new Select(browser.findElement(By.name("status"))).selectByValue("");
            new Select(browser.findElement(By.name("sort"))).selectByValue("title");
            assertThat(shownTitles(browser)).hasSize(7).startsWith("Cập nhật sau cùng quyết định");
            assertThat(browser.findElement(By.cssSelector("#task-filter output")).getText())
                    .isEqualTo("Đang hiện 7 trên 7 nhiệm vụ");
        } finally {
            browser.quit();
        }
    }

    @Test
    void fitsAPhoneScreenWithoutSideways() {
        ChromeDriver browser = Chromium.start(390, 844);
        try {
            browser.get(base + "tasks/");
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            assertThat(shownTitles(browser)).hasSize(7);
        } finally {
            browser.quit();
        }
    }
}
