package org.acta.update;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the new task files all or none. Each is written beside itself first (a hidden file,
 * flushed to disk, with the old file's permissions), then put in its place in one step, so that a
 * reader or a build sees it whole, old or new; a file that changed on disk since it was read is
 * not overwritten, and then none is. Should putting one in place fail, those already put back are
 * given their old bytes again the same way.
 */
final class Writes {
    private Writes() {
    }

    /** One file to replace: where it is, the bytes it was read with, its new bytes. */
    record Change(Path file, byte[] original, byte[] bytes) {
    }

    /** Why nothing was written: in the editor's words, naming the file. */
    static final class Failed extends Exception {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static void replace(List<Change> changes, java.util.function.Function<Path, String> display) throws Failed {
        for (Change change : changes) {
            try {
                if (!Arrays.equals(Files.readAllBytes(change.file()), change.original())) {
                    throw new Failed(display.apply(change.file()) + " changed on disk while the sheet was being "
                            + "checked; nothing was written: run the command again", null);
                }
            } catch (IOException e) {
                throw new Failed(display.apply(change.file()) + " cannot be read: " + e.getMessage()
                        + "; nothing was written", e);
            }
        }
        List<Path> staged = new ArrayList<>();
        try {
            for (Change change : changes) {
                staged.add(stage(change.file(), change.bytes()));
            }
        } catch (IOException e) {
            throw new Failed("cannot write beside " + display.apply(changes.get(staged.size()).file()) + ": "
                    + e.getMessage() + "; nothing was written" + leftOver(delete(staged), display), e);
        }
        int placed = 0;
        try {
            for (; placed < changes.size(); placed++) {
                place(staged.get(placed), changes.get(placed).file());
            }
        } catch (IOException e) {
            List<Path> left = delete(staged.subList(placed, staged.size()));
            List<Path> unrestored = restore(changes.subList(0, placed));
            throw new Failed("cannot replace " + display.apply(changes.get(placed).file()) + ": " + e.getMessage()
                    + (unrestored.isEmpty() ? "; the files replaced before it were given back their old text"
                    : "; these files keep the new updates, and need them taken out by hand: "
                    + String.join(", ", unrestored.stream().map(display).toList())) + leftOver(left, display), e);
        }
    }

    private static String leftOver(List<Path> left, java.util.function.Function<Path, String> display) {
        return left.isEmpty() ? "" : " (delete " + String.join(", ", left.stream().map(display).toList()) + ")";
    }

    /** The bytes, in a hidden file beside {@code file}, flushed to disk, with {@code file}'s permissions. */
    private static Path stage(Path file, byte[] bytes) throws IOException {
        Path staged = file.resolveSibling("." + file.getFileName() + ".acta-update");
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            Files.setPosixFilePermissions(staged, posix.readAttributes().permissions());
        }
        return staged;
    }

    private static void place(Path staged, Path file) throws IOException {
        try {
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Gives the files already replaced their old bytes again, as far as the disk lets it; returns those it could not. */
    private static List<Path> restore(List<Change> placed) {
        List<Path> failed = new ArrayList<>();
        for (Change change : placed) {
            try {
                place(stage(change.file(), change.original()), change.file());
            } catch (IOException e) {
                failed.add(change.file());
            }
        }
        return failed;
    }

    /** Deletes the staged files; returns those it could not. */
    private static List<Path> delete(List<Path> staged) {
        List<Path> left = new ArrayList<>();
        for (Path path : staged) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                left.add(path);
            }
        }
        return left;
    }
}
