package org.acta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acta.testing.Chromium;
import org.acta.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page kind, at a desktop width and a phone width (and in dark mode), in headless Chromium, has no axe-core
 * violation of WCAG 2.1 A and AA or of axe's best practices; and each has its language, its
 * landmarks, one h1, a skip link to the main content and a visible focus.
 */
class AccessibilityTest {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    static final List<String> INLINE_PAGES = List.of("", "events/", "events/hoi-nghi/", "events/hoi-nghi/de-dan/",
            "events/hoi-nghi/thao-luan/", "events/hoi-nghi/ket-luan/", "events/hoi-nghi/print/", "events/toa-dam/", "people/",
            "people/nguyen-van-a/", "people/tran-thi-b/", "organizations/", "organizations/so-gddt/",
            "organizations/ubnd/", "documents/", "documents/ke-hoach/", "tags/", "tags/giao-duc/", "tasks/",
            "tasks/status/overdue/", "tasks/assignee/so-gddt/", "tasks/event/hoi-nghi/", "tasks/qua-han/",
            "tasks/hang-nam/", "tasks/da-xong/", "gioi-thieu/", "search/", "search/?q=hoi+nghi", "404.html");
    static final List<String> SAMPLE_PAGES = List.of("", "events/toa-dam-phat-trien-dang-vien-truong-hoc/",
            "events/toa-dam-phat-trien-dang-vien-truong-hoc/ket-luan/",
            "events/toa-dam-phat-trien-dang-vien-truong-hoc/print/", "tasks/",
            "organizations/ban-tuyen-giao-thanh-uy-ha-noi/", "people/nguyen-van-phong/", "gioi-thieu/");

    static final List<String> ENGLISH_PAGES = List.of("", "events/summit/", "events/summit/print/", "tasks/");

    /** Pages checked again in dark mode, for contrast: one of each kind of colour the theme uses. */
    static final List<String> DARK_PAGES = List.of("", "events/hoi-nghi/", "events/hoi-nghi/de-dan/", "tasks/",
            "events/hoi-nghi/ket-luan/", "tasks/qua-han/", "tasks/da-xong/", "tasks/hang-nam/", "organizations/so-gddt/", "search/?q=hoi+nghi");

    @TempDir
    static Path dir;
    static StaticServer inline;
    static StaticServer sample;
    static StaticServer english;
    static ChromeDriver browser;
    static String axe;

    @BeforeAll
    static void buildServeAndStartTheBrowser() throws IOException {
        assertThat(Chromium.installed()).as("chromium and chromedriver are installed (.ci/run installs them)").isTrue();
        inline = new StaticServer(EveryPageKind.inline(dir).output.toAbsolutePath());
        sample = new StaticServer(EveryPageKind.sample(dir).output.toAbsolutePath());
        english = new StaticServer(EveryPageKind.english(dir).output.toAbsolutePath());
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (inline != null) {
            inline.close();
        }
        if (sample != null) {
            sample.close();
        }
        if (english != null) {
            english.close();
        }
    }

    @Test
    void everyPageKindHasNoAxeViolationsAtDesktopAndPhoneWidths() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int width : List.of(1280, 375)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : INLINE_PAGES) {
                problems.addAll(check(inline.url(), page, width + "px"));
                checked++;
            }
            for (String page : SAMPLE_PAGES) {
                problems.addAll(check(sample.url(), page, width + "px"));
                checked++;
            }
            for (String page : ENGLISH_PAGES) {
                problems.addAll(check(english.url(), page, width + "px"));
                checked++;
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            for (String page : DARK_PAGES) {
                problems.addAll(check(inline.url(), page, "1280px dark"));
                checked++;
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertThat(checked).isEqualTo(2 * (INLINE_PAGES.size() + SAMPLE_PAGES.size() + ENGLISH_PAGES.size())
                + DARK_PAGES.size());
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSkipLinkIsTheFirstStopAndFocusIsVisible() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(inline.url() + "events/hoi-nghi/");
        Object focused = browser.executeScript("""
                var skip = document.querySelector('a.skip');
                var first = document.querySelector('a[href], button, input, select');
                skip.focus();
                var style = getComputedStyle(skip);
                return [first === skip, skip.getAttribute('href'), !!document.querySelector(skip.getAttribute('href')),
                        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                        skip.getBoundingClientRect().left >= 0];""");
        assertThat((List<Object>) focused).containsExactly(true, "#main", true, true, true);
    }

    @Test
    void thePageHasTheSitesLanguageAndAPassageInAnotherLanguageKeepsItsOwn() {
        browser.get(inline.url() + "events/hoi-nghi/");
        Object langs = browser.executeScript("return [document.documentElement.lang,"
                + " document.querySelector('main span[lang]').lang];");
        assertThat(langs).isEqualTo(List.of("vi", "en"));
    }

    /** axe's violations on one page at one width, and the page's own basics, as readable lines. */
    @SuppressWarnings("unchecked")
    private static List<String> check(String site, String page, String how) {
        browser.get(site + page);
        browser.executeScript(axe);
        String where = how + " /" + page + ": ";
        List<String> problems = new ArrayList<>();
        Map<String, Object> basics = (Map<String, Object>) browser.executeScript("""
                return {lang: document.documentElement.lang, h1: document.querySelectorAll('h1').length,
                        main: document.querySelectorAll('main').length, header: !!document.querySelector('body > header'),
                        footer: !!document.querySelector('body > footer'), nav: !!document.querySelector('header nav'),
                        skip: (document.querySelector('a.skip') || {}).hash || ''};""");
        if (!basics.equals(Map.of("lang", basics.get("lang"), "h1", 1L, "main", 1L, "header", true, "footer", true,
                "nav", true, "skip", "#main")) || String.valueOf(basics.get("lang")).isBlank()) {
            problems.add(where + "basics " + basics);
        }
        Object result = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(function (n) {
                        return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                      }).join(' | ');
                    }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });""", TAGS);
        for (Object violation : (List<Object>) result) {
            problems.add(where + violation);
        }
        return problems;
    }
}
