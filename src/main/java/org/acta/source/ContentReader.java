package org.acta.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.acta.diag.Messages;
import org.acta.diag.Report;
import org.acta.model.Asset;
import org.acta.model.Ids;
import org.acta.model.Language;

/**
 * Reads a content folder as the content format lays it out. Only this stage reads content files.
 * Every file that cannot be read, split or parsed is reported with its line and left out; the
 * rest is returned so later stages can report their problems too.
 *
 * <p>Nothing outside the content folder is read: symbolic links inside it are reported and not
 * followed (the folder itself may be a link), pipes and devices are skipped, and every file is
 * opened without following links. Files, lines and YAML nesting are bounded by {@link Limits}.
 *
 * <p>A file that cannot be read is listed in {@link SourceTree#unreadable()}, so that what refers
 * to it is not reported as well; the problems of the YAML in every file are told in the language
 * site.yaml names.
 */
public final class ContentReader {
    private final Path root;
    private final String displayRoot;
    private final Report report;
    private final Limits limits;
    private final AssetReader assets;
    private final java.util.Set<String> present = new java.util.HashSet<>();
    private Map<String, byte[]> replaced = Map.of();

    /**
     * @param root        the content folder
     * @param displayRoot how the editor names that folder ("content"), to build the paths in messages
     */
    public ContentReader(Path root, String displayRoot, Report report) {
        this(root, displayRoot, report, Limits.DEFAULT);
    }

    public ContentReader(Path root, String displayRoot, Report report, Limits limits) {
        this.displayRoot = displayRoot.endsWith("/") ? displayRoot.substring(0, displayRoot.length() - 1) : displayRoot;
        this.report = report;
        this.root = realFolder(root);
        this.limits = limits;
        this.assets = new AssetReader(report);
    }

    /** The content folder the maintainer named may itself be a link; links inside it are not followed. */
    private Path realFolder(Path root) {
        try {
            return Files.isDirectory(root) ? root.toRealPath() : root;
        } catch (IOException e) {
            report.error(displayRoot, 0, "cannot be read: " + reason(e));
            return root;
        }
    }

    public SourceTree read() {
        return read(Map.of());
    }

    /**
     * Reads the folder as if the files named in {@code replaced} (by their path in it,
     * {@code tasks/x.md}) held those bytes: a command that edits content checks its edits this way
     * before it writes them. The replaced files must exist; the limits apply to their bytes too.
     */
    public SourceTree read(Map<String, byte[]> replaced) {
        this.replaced = Map.copyOf(replaced);
        if (!Files.isDirectory(root)) {
            report.error(displayRoot, 0, "content folder not found (give another with --source)");
            return SourceTree.empty(Language.VI);
        }
        List<Path> found = walk();
        Language language = siteLanguage();
        if (found.size() > limits.files()) {
            // the walk stopped at the limit: reading part of the content would only add errors about what is missing
            return SourceTree.empty(language);
        }
        found.forEach(f -> present.add(slashes(root.relativize(f))));
        checkCaseClashes(found);
        YamlReader yaml = new YamlReader(limits, Messages.of(language.code()));
        // each file is read and parsed alone, on all cores; what was read is then gathered in the walk's order
        List<Optional<Read>> reads = found.parallelStream().map(file -> readEntry(file, yaml)).toList();
        Optional<SourceFile> site = Optional.empty();
        List<SourceFile> files = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<SourceTree.Unreadable> unreadable = new ArrayList<>();
        for (Optional<Read> read : reads) {
            if (read.isEmpty()) {
                continue;
            }
            if (read.get() instanceof Read.AssetFile asset) {
                assets.add(asset.asset());
            } else if (read.get() instanceof Read.Content content && content.file().kind() == ContentKind.SITE) {
                site = Optional.of(content.file());
            } else if (read.get() instanceof Read.Content content) {
                files.add(content.file());
            } else if (read.get() instanceof Read.Unread unread) {
                unreadable.add(unread.file());
            }
        }
        if (site.isEmpty() && !Files.exists(root.resolve("site.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            report.error(displayRoot + "/site.yaml", 0, "missing: every site needs a site.yaml with at least "
                    + "'title' and 'base_url'");
        }
        return new SourceTree(site, files, assets, unreadable, language);
    }

    /** The language site.yaml names, from its lines; Vietnamese when it names none or cannot be read. */
    private Language siteLanguage() {
        try {
            Optional<Text.Decoded> site = readBounded(root.resolve("site.yaml")).map(Text::decode);
            return site.isPresent() && site.get() instanceof Text.Decoded.Ok ok ? SiteLanguage.of(ok.text())
                    : Language.VI;
        } catch (IOException e) {
            return Language.VI; // reading site.yaml again below reports why it cannot be read
        }
    }

    /** What one file of the walk turned out to be. */
    private sealed interface Read {
        record AssetFile(Asset asset) implements Read {
        }

        record Content(SourceFile file) implements Read {
        }

        /** A content file whose problem is reported, and which the rest of the content cannot rely on. */
        record Unread(SourceTree.Unreadable file) implements Read {
        }
    }

    /** One file of the walk: an asset, a content file read and parsed, or one that is not (its problem reported). */
    private Optional<Read> readEntry(Path file, YamlReader yaml) {
        Path relative = root.relativize(file);
        String display = display(relative);
        Optional<Placement> placement = Placement.of(relative);
        if (placement.isEmpty()) {
            report.warning(display, 0, Placement.strayMessage(relative));
            return Optional.empty();
        }
        Placement place = placement.get();
        if (place.kind().isEmpty()) {
            return assets.read(file, slashes(relative.subpath(1, relative.getNameCount())), display)
                    .map(Read.AssetFile::new);
        }
        String id = Ids.isValid(place.name()) ? place.name() : Ids.slug(place.name());
        return Optional.of(readFile(file, slashes(relative), display, place, yaml).<Read>map(Read.Content::new)
                .orElse(new Read.Unread(new SourceTree.Unreadable(place.kind().orElseThrow(), id, place.event()))));
    }

    /** Every regular file below the root, in a stable order; links are not followed. */
    private List<Path> walk() {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && Hidden.isHidden(dir.getFileName().toString())) {
                        Hidden.warning(dir.getFileName().toString(), true)
                                .ifPresent(w -> report.warning(display(root.relativize(dir)), 0, w));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Hidden.isHidden(file.getFileName().toString())) {
                        Hidden.warning(file.getFileName().toString(), false)
                                .ifPresent(w -> report.warning(display(root.relativize(file)), 0, w));
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        report.warning(display(root.relativize(file)), 0,
                                "symbolic link not followed: copy the file into the content folder instead");
                    } else if (attrs.isRegularFile()) {
                        if (files.size() == limits.files()) {
                            report.error(displayRoot, 0, "more than " + limits.files() + " files (the files "
                                    + "limit); none is read: is --source the right folder? If it is, "
                                    + Limits.raise("files", Integer.toString(limits.files() * 2)));
                            files.add(file); // one over: read() reads nothing then
                            return FileVisitResult.TERMINATE;
                        }
                        files.add(file);
                    } else if (!attrs.isDirectory()) {
                        report.warning(display(root.relativize(file)), 0, "ignored: not a regular file (a pipe, "
                                + "socket or device)");
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

    private Optional<SourceFile> readFile(Path file, String relative, String display, Placement place, YamlReader yaml) {
        byte[] bytes;
        try {
            Optional<byte[]> read = replaced.containsKey(relative)
                    ? Optional.of(replaced.get(relative)).filter(b -> b.length <= limits.fileSize())
                    : readBounded(file);
            if (read.isEmpty()) {
                report.error(display, 1, "too large: over " + Limits.bytes(limits.fileSize()) + " (the file-size "
                        + "limit for a content file); split it, put large files under assets/, or "
                        + Limits.raise("file-size", Limits.bytes(limits.fileSize() * 2).replace(" ", "")));
                return Optional.empty();
            }
            bytes = read.get();
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
        Optional<int[]> longLine = longLine(text);
        if (longLine.isPresent()) {
            report.error(display, longLine.get()[0], "line of " + longLine.get()[1] + " characters, over the "
                    + "line-length limit of " + limits.lineLength() + "; break it into paragraphs, or "
                    + Limits.raise("line-length", Integer.toString(Math.max(limits.lineLength() * 2,
                    longLine.get()[1]))));
            return Optional.empty();
        }
        if (text.isBlank()) {
            report.error(display, 1, "empty file: a " + place.kind().orElseThrow().noun()
                    + " file needs at least its required fields" + (place.markdown() ? " between two lines '---'" : ""));
            return Optional.empty();
        }
        String id = checkedId(place, display);
        if (place.markdown()) {
            FrontMatter.Result split = FrontMatter.split(text, yaml.messages());
            if (split.problem().isPresent()) {
                report.error(display, split.problem().get().line(), split.problem().get().message());
                return Optional.empty();
            }
            FrontMatter fm = split.frontMatter().orElseThrow();
            return parse(yaml, fm.yaml(), fm.yamlLine(), display).map(fields ->
                    new SourceFile(place.kind().orElseThrow(), id, display, fields, fm.body(), fm.bodyLine(),
                            place.event()));
        }
        return parse(yaml, text, 1, display).map(fields ->
                new SourceFile(place.kind().orElseThrow(), id, display, fields, "", 0, place.event()));
    }

    /**
     * The file's bytes, read without following a link (a file swapped for a link after the walk
     * is refused by the system), and never more than the file-size limit: empty when larger.
     */
    private Optional<byte[]> readBounded(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            if (channel.size() > limits.fileSize()) {
                return Optional.empty();
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileSize() + 1));
            return bytes.length > limits.fileSize() ? Optional.empty() : Optional.of(bytes);
        }
    }

    /** The first line longer than the limit: its number and its length. */
    private Optional<int[]> longLine(String text) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > limits.lineLength()) {
                return Optional.of(new int[] {line, end - start});
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /**
     * Two files whose names differ only by case are one file on macOS, on Windows and on many web
     * hosts: their pages or assets would overwrite each other. Ids are lowercase, so for content
     * files the name that is not lowercase is reported already; for assets, each pair is an error.
     */
    private void checkCaseClashes(List<Path> found) {
        Map<String, Path> seen = new TreeMap<>();
        for (Path file : found) {
            Path relative = root.relativize(file);
            String key = slashes(relative).toLowerCase(Locale.ROOT);
            Path earlier = seen.putIfAbsent(key, relative);
            if (earlier != null && relative.getName(0).toString().equals("assets")) {
                report.error(display(relative), 0, "differs from " + display(earlier) + " only by case: on a "
                        + "case-insensitive disk or web host one would replace the other; rename one of them");
            }
        }
    }

    /** The fields; empty when the YAML cannot be read at all (its error is reported, not what follows from it). */
    private Optional<YamlNode.Mapping> parse(YamlReader yaml, String text, int firstLine, String display) {
        YamlReader.Result result = yaml.readMapping(text, firstLine);
        result.problems().forEach(p -> report.error(display, p.line(), p.message()));
        return result.readable() ? Optional.of(result.mapping()) : Optional.empty();
    }

    /** The id from the file name; a name that is not a valid id is an error that names the fix. */
    private String checkedId(Placement place, String display) {
        String name = place.name();
        if (place.kind().orElseThrow() == ContentKind.SITE) {
            return name;
        }
        if (Ids.isValid(name)) {
            if (Ids.reservedOnWindows(name)) {
                report.warning(display, 0, "the id '" + name + "' is a name Windows reserves for a device ("
                        + Ids.WINDOWS_DEVICES + "), so the folder of its page cannot be copied to a Windows computer "
                        + "or served by some hosts; rename the " + (place.kind().get() == ContentKind.EVENT
                        ? "folder" : "file"));
            }
            return name;
        }
        String folded = Ids.slug(name);
        String suggestion = folded.isEmpty() ? "" : ": rename it to '" + place.renamed(folded) + "'";
        if (!folded.isEmpty() && taken(place, folded)) {
            suggestion = ": '" + place.renamed(folded) + "' exists too, and two ids may not differ only by case or "
                    + "accents; merge the two or give this one another name";
        }
        String what = place.kind().get() == ContentKind.EVENT ? "event folder name" : "file name";
        report.error(display, 0, "not a valid id: '" + name + "' (ids are lowercase ASCII letters, digits and "
                + "hyphens, and are the page's URL)" + suggestion);
        return folded.isEmpty() ? "invalid" : folded;
    }

    /** Whether another file of the same kind has the id {@code folded}. */
    private boolean taken(Placement place, String folded) {
        String file = switch (place.kind().orElseThrow()) {
            case EVENT -> "events/" + folded + "/index.md";
            case SPEECH -> "events/" + place.event().orElseThrow() + "/" + folded + ".md";
            case TASK -> "tasks/" + folded + ".md";
            case DOCUMENT -> "documents/" + folded + ".md";
            case PAGE -> "pages/" + folded + ".md";
            case PERSON -> "people/" + folded + ".yaml";
            case ORGANIZATION -> "organizations/" + folded + ".yaml";
            case SITE -> "site.yaml";
        };
        return present.contains(file);
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

    /** What went wrong, in the editor's words where Java's are technical. */
    static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
