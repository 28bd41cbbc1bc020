package org.acta.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.acta.diag.Diagnostic;

/**
 * The content folder as the import may touch it, by the build's rules: nothing outside it is read
 * or written, no symbolic link inside it is followed (the build reports such links and does not
 * follow them; the folder itself may be a link), and a file that exists is never changed.
 */
final class ContentFolder {
    private final Path root;
    private final String display;

    /** What became of a file the import meant to write. */
    enum Written { CREATED, KEPT, LINK }

    ContentFolder(Path content, String display) throws ImportException {
        this.display = display;
        try {
            Files.createDirectories(content);
            this.root = content.toRealPath();
        } catch (IOException e) {
            throw new ImportException(display + ": the content folder cannot be used: " + describe(e), e);
        }
    }

    /**
     * Refuses, before anything is written, a content folder whose folders for items are links:
     * the build would not read what the import wrote through them.
     */
    void checkFolders(List<String> folders) throws ImportException {
        for (String folder : folders) {
            if (Files.isSymbolicLink(root.resolve(folder))) {
                throw linked(folder);
            }
        }
    }

    String shown(String relative) {
        return display + "/" + relative;
    }

    boolean exists(String relative) {
        return Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    /** A regular file's text; empty when there is none, or it is a link, or it cannot be read (then a warning). */
    Optional<String> read(String relative, List<Diagnostic> warnings) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            warnings.add(Diagnostic.warning(shown(relative), 0, "cannot be read, so the import treats it as "
                    + "someone else's file: " + describe(e)));
            return Optional.empty();
        }
    }

    /** The {@code .yaml} files of a folder that are regular files, in name order; links are named in a warning. */
    List<String> yamlFiles(String folder, List<Diagnostic> warnings) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
            for (Path f : yaml) {
                if (Files.isSymbolicLink(f)) {
                    warnings.add(Diagnostic.warning(shown(folder + "/" + f.getFileName()), 0,
                            "symbolic link not followed: the build does not read it, so the import does not either"));
                }
            }
            return yaml.stream().filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> folder + "/" + f.getFileName()).toList();
        } catch (IOException e) {
            warnings.add(Diagnostic.warning(shown(folder), 0, "cannot be listed, so its items are not reused: "
                    + describe(e)));
            return List.of();
        }
    }

    /** Writes a new file; one that exists (or a link in its place) is left as it is. */
    Written write(String relative, String text) throws ImportException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new ImportException(shown(relative) + ": outside the content folder; not written");
        }
        try {
            folders(root.relativize(file.getParent()));
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return Written.CREATED;
        } catch (FileAlreadyExistsException e) {
            return Files.isSymbolicLink(file) ? Written.LINK : Written.KEPT;
        } catch (IOException e) {
            throw new ImportException(shown(relative) + ": cannot be written: " + describe(e), e);
        }
    }

    /** Makes each folder of the path that is missing; a link among them is refused, not followed. */
    private void folders(Path relative) throws IOException, ImportException {
        Path at = root;
        for (Path part : relative) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw linked(root.relativize(at).toString().replace('\\', '/'));
            }
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(at);
            } else if (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                throw new ImportException(shown(root.relativize(at).toString()) + " is not a folder; nothing written "
                        + "under it");
            }
        }
    }

    private ImportException linked(String folder) {
        return new ImportException(shown(folder) + " is a symbolic link; the build does not follow links inside the "
                + "content folder, so the import does not write through it: make it a folder of its own");
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
