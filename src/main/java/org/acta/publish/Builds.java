package org.acta.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folder beside the output that holds the builds ({@code .site.builds/N/}), the lock and the
 * note of the live build. Everything in it is Acta's own: what is neither the lock, the note nor
 * the build to keep is left over from an earlier build and may be deleted.
 */
final class Builds {
    static final String LOCK = ".lock";
    /** What the build that is live was published with; never published itself. */
    static final String NOTE = ".live-note";

    private final Path folder;

    Builds(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path resolve(String name) {
        return folder.resolve(name);
    }

    /**
     * Deletes every entry but the lock, the note and {@code keep}. An entry that cannot be deleted
     * is not a reason to stop: it is named in the returned list, and the next build tries again.
     */
    List<String> removeAllBut(Optional<Path> keep) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path entry : entries(folder)) {
            String name = entry.getFileName().toString();
            if (!name.equals(LOCK) && !name.equals(NOTE) && !keep.filter(entry::equals).isPresent()) {
                delete(entry).ifPresent(failures::add);
            }
        }
        return failures;
    }

    /** Deletes a file or folder; empty when done, else what went wrong, in words. */
    static Optional<String> delete(Path entry) {
        try {
            SiteWriter.deleteTree(entry);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(entry + " could not be removed (" + reason(e) + ")");
        }
    }

    /**
     * The number for a new build: past every folder here and past the build the note names, so
     * that a note left by a build that never went live can never name a later one.
     */
    int nextNumber() throws IOException {
        int max = notedNumber().orElse(0);
        for (Path entry : entries(folder)) {
            max = Math.max(max, number(entry.getFileName().toString()));
        }
        return max + 1;
    }

    /** The complete build (one with the marker) with the highest number. */
    Optional<Path> newestComplete() throws IOException {
        Optional<Path> newest = Optional.empty();
        int best = -1;
        for (Path entry : entries(folder)) {
            int number = number(entry.getFileName().toString());
            if (number > best && Files.exists(entry.resolve(Publisher.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                best = number;
                newest = Optional.of(entry);
            }
        }
        return newest;
    }

    /**
     * Writes the note of {@code version}, whole, then renames it into place, so a note is never half
     * there. It names the build it belongs to: a note is believed only while that build is live.
     * Whatever holds the note's place and is not a file (a folder) is Acta's own leftover: removed.
     */
    void writeNote(Path version, String note) throws IOException {
        Path temporary = folder.resolve(NOTE + "-" + ProcessHandle.current().pid());
        Path target = folder.resolve(NOTE);
        try {
            Files.writeString(temporary, "build " + version.getFileName() + "\n" + note, StandardCharsets.UTF_8);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                SiteWriter.deleteTree(target);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The note, when it belongs to {@code live}; empty otherwise or when there is none. */
    Optional<String> note(Path live) throws IOException {
        Path file = folder.resolve(NOTE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String first = "build " + live.getFileName() + "\n";
        return text.startsWith(first) ? Optional.of(text.substring(first.length())) : Optional.empty();
    }

    private Optional<Integer> notedNumber() {
        try {
            Path file = folder.resolve(NOTE);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("build ") ? Optional.of(number(text.substring("build ".length())))
                    .filter(n -> n >= 0) : Optional.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty(); // an unreadable note names nothing; it is replaced before the next switch
        }
    }

    /** The build number a name starts with; -1 for the lock and anything else. */
    static int number(String name) {
        int end = 0;
        while (end < name.length() && end < 9 && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(name.substring(0, end));
    }

    static List<Path> entries(Path folder) throws IOException {
        List<Path> list = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return list;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(list::add);
        }
        list.sort(null);
        return list;
    }

    static boolean isEmptyFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            return !stream.iterator().hasNext();
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** An I/O failure in words: the file and the system's reason when there is one. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
