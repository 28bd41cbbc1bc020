package org.acta.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acta.diag.Report;
import org.acta.model.Asset;
import org.acta.model.Ids;

/**
 * Reads a content folder as the content format lays it out. Only this stage reads content files.
 * Every file that cannot be read, split or parsed is reported with its line and left out; the
 * rest is returned so later stages can report their problems too.
 */
public final class ContentReader {
    /** Larger content files are refused: nobody writes a 16 MiB speech by hand. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final String displayRoot;
    private final Report report;
    private final YamlReader yaml = new YamlReader();

    /**
     * @param root        the content folder
     * @param displayRoot how the editor names that folder ("content"), to build the paths in messages
     */
    public ContentReader(Path root, String displayRoot, Report report) {
        this.root = root;
        this.displayRoot = displayRoot.endsWith("/") ? displayRoot.substring(0, displayRoot.length() - 1) : displayRoot;
        this.report = report;
    }

    public SourceTree read() {
        if (!Files.isDirectory(root)) {
            report.error(displayRoot, 0, "content folder not found (give another with --source)");
            return new SourceTree(Optional.empty(), List.of(), List.of());
        }
        List<Path> found = walk();
        Optional<SourceFile> site = Optional.empty();
        List<SourceFile> files = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        for (Path file : found) {
            Path relative = root.relativize(file);
            String display = display(relative);
            Optional<Placement> placement = Placement.of(relative);
            if (placement.isEmpty()) {
                report.warning(display, 0, Placement.strayMessage(relative));
                continue;
            }
            Placement place = placement.get();
            if (place.kind().isEmpty()) {
                assets.add(new Asset(slashes(relative.subpath(1, relative.getNameCount())), file, ImageSizes.of(file)));
                continue;
            }
            Optional<SourceFile> read = readFile(file, display, place);
            if (read.isPresent() && read.get().kind() == ContentKind.SITE) {
                site = read;
            } else {
                read.ifPresent(files::add);
            }
        }
        if (site.isEmpty() && !Files.exists(root.resolve("site.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            report.error(displayRoot + "/site.yaml", 0, "missing: every site needs a site.yaml with at least "
                    + "'title' and 'base_url'");
        }
        return new SourceTree(site, files, assets);
    }

    /** Every regular file below the root, in a stable order; links are not followed. */
    private List<Path> walk() {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        report.warning(display(root.relativize(file)), 0,
                                "symbolic link not followed: copy the file into the content folder instead");
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    report.error(display(root.relativize(file)), 0, "cannot be read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            report.error(displayRoot, 0, "cannot be read: " + reason(e));
        }
        files.sort(Comparator.comparing(ContentReader::slashesOf));
        return files;
    }

    private Optional<SourceFile> readFile(Path file, String display, Placement place) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                report.error(display, 0, "too large: " + size + " bytes, over the limit of " + MAX_FILE_BYTES
                        + " bytes for a content file; split it, or put large files under assets/");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            report.error(display, 0, "cannot be read: " + reason(e));
            return Optional.empty();
        }
        String text;
        Text.Decoded decoded = Text.decode(bytes);
        if (decoded instanceof Text.Decoded.BadByte bad) {
            report.error(display, bad.line(), "not valid UTF-8 text: save the file as UTF-8");
            return Optional.empty();
        }
        text = ((Text.Decoded.Ok) decoded).text();
        if (text.indexOf('\0') >= 0) {
            report.error(display, lineOf(text, text.indexOf('\0')), "not a text file (it contains NUL bytes)");
            return Optional.empty();
        }
        String id = checkedId(place, display);
        if (place.markdown()) {
            FrontMatter.Result split = FrontMatter.split(text);
            if (split.problem().isPresent()) {
                report.error(display, split.problem().get().line(), split.problem().get().message());
                return Optional.empty();
            }
            FrontMatter fm = split.frontMatter().orElseThrow();
            return parse(fm.yaml(), fm.yamlLine(), display).map(fields -> new SourceFile(place.kind().orElseThrow(),
                    id, display, fields, fm.body(), fm.bodyLine(), place.event()));
        }
        if (text.isBlank()) {
            report.error(display, 1, "empty file: a " + place.kind().orElseThrow().noun()
                    + " file needs at least its required fields");
            return Optional.empty();
        }
        return parse(text, 1, display).map(fields -> new SourceFile(place.kind().orElseThrow(), id, display, fields,
                "", 0, place.event()));
    }

    /** The fields; empty when the YAML cannot be read at all (its error is reported, not what follows from it). */
    private Optional<YamlNode.Mapping> parse(String text, int firstLine, String display) {
        YamlReader.Result result = yaml.readMapping(text, firstLine);
        result.problems().forEach(p -> report.error(display, p.line(), p.message()));
        return result.readable() ? Optional.of(result.mapping()) : Optional.empty();
    }

    /** The id from the file name; a name that is not a valid id is an error that names the fix. */
    private String checkedId(Placement place, String display) {
        String name = place.name();
        if (place.kind().orElseThrow() == ContentKind.SITE || Ids.isValid(name)) {
            return name;
        }
        String folded = Ids.slug(name);
        String suggestion = folded.isEmpty() ? "" : ": rename it to '" + place.renamed(folded) + "'";
        String what = place.kind().get() == ContentKind.EVENT ? "event folder name" : "file name";
        report.error(display, 0, "not a valid id: '" + name + "' (ids are lowercase ASCII letters, digits and "
                + "hyphens, and are the page's URL)" + suggestion);
        return folded.isEmpty() ? "invalid" : folded;
    }

    private String display(Path relative) {
        return displayRoot + "/" + slashes(relative);
    }

    private static String slashesOf(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static String slashes(Path p) {
        return slashesOf(p);
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
