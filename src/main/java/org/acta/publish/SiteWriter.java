package org.acta.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.acta.model.Asset;
import org.acta.model.OutputFile;

/**
 * Writes one build's files into its own fresh folder. A file whose bytes are those of the same
 * file in the live build is hard-linked from it (copied with its times where links cannot be
 * made), so it keeps its modification time. The marker file is written last: a build folder
 * with the marker is complete.
 */
final class SiteWriter {
    private final Path folder;
    private final Optional<Path> previous;
    private final Checkpoints checkpoints;
    private int written;
    private int kept;

    SiteWriter(Path folder, Optional<Path> previous, Checkpoints checkpoints) {
        this.folder = folder;
        this.previous = previous;
        this.checkpoints = checkpoints;
    }

    Publisher.Outcome write(List<OutputFile> files, List<Asset> assets) throws IOException {
        checkCollisions(files, assets);
        Set<Path> made = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // folders first, in order; then the files on all cores
        for (OutputFile file : files) {
            makeParent(inside(file.path()), made);
        }
        int half = files.size() / 2;
        java.util.concurrent.atomic.AtomicInteger fresh = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger same = new java.util.concurrent.atomic.AtomicInteger();
        try {
            java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
                if (i == half) {
                    checkpoints.reached("writing");
                }
                OutputFile file = files.get(i);
                try {
                    Path target = inside(file.path());
                    Optional<Path> old = unchanged(file.path(), file.bytes());
                    if (old.isPresent()) {
                        keep(old.get(), target);
                        same.incrementAndGet();
                    } else {
                        Files.write(target, file.bytes());
                        fresh.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        written += fresh.get();
        kept += same.get();
        for (Asset asset : assets) {
            String path = "assets/" + asset.path();
            Path target = inside(path);
            makeParent(target, made);
            Optional<Path> old = previousFile(path).filter(p -> sameBytes(asset.file(), p));
            if (old.isPresent()) {
                keep(old.get(), target);
                kept++;
            } else {
                Files.copy(asset.file(), target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                written++;
            }
        }
        byte[] marker = Publisher.MARKER_TEXT.getBytes(StandardCharsets.UTF_8);
        Optional<Path> oldMarker = unchanged(Publisher.MARKER, marker);
        if (oldMarker.isPresent()) {
            keep(oldMarker.get(), folder.resolve(Publisher.MARKER));
            kept++;
        } else {
            Files.write(folder.resolve(Publisher.MARKER), marker);
            written++;
        }
        return new Publisher.Outcome(written, kept);
    }

    /**
     * Two paths that differ only by case are one file on the case-insensitive disks of macOS and
     * Windows and on many web hosts: the second would silently replace the first there.
     */
    private static void checkCollisions(List<OutputFile> files, List<Asset> assets) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        for (String path : (Iterable<String>) () -> java.util.stream.Stream.concat(
                files.stream().map(OutputFile::path), assets.stream().map(a -> "assets/" + a.path())).iterator()) {
            String folded = path.toLowerCase(Locale.ROOT);
            String earlier = seen.putIfAbsent(folded, path);
            if (earlier != null) {
                throw new IOException("two files of the site, " + earlier + " and " + path + ", differ only by "
                        + "case and would overwrite each other on a case-insensitive disk or web host; rename one");
            }
        }
    }

    private void makeParent(Path target, Set<Path> made) throws IOException {
        Path dir = target.getParent();
        if (made.add(dir)) {
            Files.createDirectories(dir);
        }
    }

    /** The live build's copy of this file, when its bytes are exactly these. */
    private Optional<Path> unchanged(String path, byte[] bytes) {
        return previousFile(path).filter(p -> {
            try {
                return Files.size(p) == bytes.length && Arrays.equals(Files.readAllBytes(p), bytes);
            } catch (IOException e) {
                return false;
            }
        });
    }

    private Optional<Path> previousFile(String path) {
        return previous.map(p -> p.resolve(path))
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    private void keep(Path old, Path target) throws IOException {
        try {
            Files.createLink(target, old);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** The file's place in the build folder; a path that would leave it is refused. */
    private Path inside(String relative) throws IOException {
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IOException("refusing to write outside the site folder: " + relative);
        }
        return target;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
