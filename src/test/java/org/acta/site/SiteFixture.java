package org.acta.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acta.cli.Main;
import org.acta.testing.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site written inline into a temporary folder, built with the real command line, and
 * read back the way a reader sees it.
 */
final class SiteFixture {
    static final String SITE_YAML = "title: Kỷ yếu thử\nbase_url: https://example.org/\n";

    final Path root;
    final Path content;
    final Path output;

    SiteFixture(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.output = root.resolve("site");
    }

    /** A fixture with a site.yaml already written. */
    static SiteFixture withSite(Path root) {
        return new SiteFixture(root).write("site.yaml", SITE_YAML);
    }

    SiteFixture write(String path, String text) {
        return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    SiteFixture writeBytes(String path, byte[] bytes) {
        TestFiles.write(content.resolve(path), bytes);
        return this;
    }

    String source(String path) {
        return TestFiles.read(content.resolve(path));
    }

    /** The line an editor sees for an error in a content file: {@code <content>/tasks/t1.md:7: error: …}. */
    String error(String file, int line, String message) {
        return path(file) + ":" + line + ": error: " + message;
    }

    /** The line an editor sees for a warning in a content file. */
    String warning(String file, int line, String message) {
        return path(file) + ":" + line + ": warning: " + message;
    }

    /** How messages name a content file: the content folder as given, then the path. */
    String path(String relative) {
        return content + "/" + relative;
    }

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            List<String> lines = new ArrayList<>();
            for (String line : err.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", content.toString(), "--output",
                output.toString(), "--templates", root.resolve("no-templates").toString(), "--as-of", "2025-01-15"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** {@code check}, compared with the site this fixture builds (none until it is built). */
    Run check() {
        return run("check", "--source", content.toString(), "--templates", root.resolve("no-templates").toString(),
                "--as-of", "2025-01-15", "--output", output.toString());
    }

    boolean exists(String sitePath) {
        return Files.exists(output.resolve(sitePath));
    }

    String read(String sitePath) {
        try {
            return Files.readString(output.resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document page(String url) {
        String file = url.endsWith(".html") ? url : url + "index.html";
        return Jsoup.parse(read(file));
    }
}
