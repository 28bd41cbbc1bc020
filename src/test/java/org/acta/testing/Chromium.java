package org.acta.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Debian's ChromeDriver: what the browser tests use to
 * see a page as a reader does. {@code .ci/run} installs both; nothing is downloaded here.
 */
public final class Chromium {
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A browser that deletes its profile folder when it quits, so test runs leave nothing in /tmp. */
    private static final class Driver extends ChromeDriver {
        private final Path profile;

        Driver(ChromeDriverService service, ChromeOptions options, Path profile) {
            super(service, options);
            this.profile = profile;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                // the browser may still be writing its profile for a moment after the driver quit
                for (int attempt = 0; attempt < 30 && Files.exists(profile); attempt++) {
                    try (java.util.stream.Stream<Path> all = Files.walk(profile)) {
                        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    } catch (IOException | java.io.UncheckedIOException e) {
                        // a file went away while walking: try again
                    }
                    if (Files.exists(profile)) {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return; // a profile left in the temporary folder is harmless
                        }
                    }
                }
            }
        }
    }

    /** Whether the browser and its driver are installed (the browser tests need both). */
    public static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** A new headless browser with an empty profile, at a window size in CSS pixels. */
    public static ChromeDriver start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("acta-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--allow-file-access-from-files",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new Driver(service, options, profile);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a browser profile: " + e.getMessage(), e);
        }
    }
}
