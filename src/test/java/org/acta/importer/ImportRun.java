package org.acta.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.acta.cli.Main;

/** A content folder in a temporary directory, imported into and built with the real command line. */
final class ImportRun {
    final Path root;
    final Path content;

    ImportRun(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        write("site.yaml", "title: Kỷ yếu thử\nbase_url: https://example.org/\n");
    }

    record Result(int exit, String out, String err) {
    }

    /**
     * A news page: the headline (none when empty), then each block as a paragraph, or as a photo
     * caption when it starts with "caption: ".
     */
    static String page(String lang, String headline, String... blocks) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta property=\"article:published_time\" content=\"2025-09-20\"></head><body><article>");
        if (!headline.isEmpty()) {
            html.append("<h1>").append(headline).append("</h1>");
        }
        for (String block : blocks) {
            html.append(block.startsWith("caption: ") ? "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>"
                    + block.substring(9) + "</figcaption></figure>" : "<p>" + block + "</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    /** What the importer reads in a page, before anything is written. */
    static Draft draftOf(String html) {
        return ReportReader.read(ArticleExtractor.extract(org.jsoup.Jsoup.parse(html)), List.of());
    }

    /** Each speech as "name | role | position" ("(floor)" for the floor's discussion). */
    static List<String> speeches(Draft draft) {
        return draft.speeches().stream().map(s -> s.speaker().map(Draft.Speaker::name).orElse("(floor)") + " | "
                + s.role() + " | " + s.speaker().flatMap(Draft.Speaker::position).orElse("")).toList();
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportRun.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result acta(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    Result importFrom(String location) {
        return acta("import", location, "--source", content.toString(), "--timeout", "5");
    }

    /** Builds the content folder, with {@code extra} arguments ({@code --drafts}) after the usual ones. */
    Result build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--source", content.toString(), "--output",
                root.resolve("site").toString(), "--templates", root.resolve("no-templates").toString(), "--as-of",
                "2025-06-30"));
        args.addAll(List.of(extra));
        return acta(args.toArray(String[]::new));
    }

    /** A page of the built site, by its address ({@code events/x/}), as a reader's browser parses it. */
    org.jsoup.nodes.Document page(String url) {
        try {
            return org.jsoup.Jsoup.parse(Files.readString(root.resolve("site").resolve(url + "index.html")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportRun write(String path, String text) {
        try {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(content.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the content folder, relative, sorted. */
    List<String> files() {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).map(p -> content.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text the import wrote, one string. */
    String allText() {
        StringBuilder all = new StringBuilder();
        files().forEach(f -> all.append(read(f)).append('\n'));
        return all.toString();
    }

    /** Copies the repository's sample content over this folder. */
    ImportRun withSampleContent() {
        Path sample = Path.of("content");
        try (Stream<Path> walk = Files.walk(sample)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(sample.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
