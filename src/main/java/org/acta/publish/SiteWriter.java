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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acta.model.Asset;
import org.acta.model.OutputFile;

/**
 * Writes one build's files into its own fresh folder, from any number of threads. A file whose
 * bytes are those of the same file in the live build is hard-linked from it (copied with its
 * times where links cannot be made), so it keeps its modification time. The marker file is
 * written last ({@link #finish}): a build folder with the marker is complete.
 */
final class SiteWriter {
    private final Path folder;
    private final Optional<Path> previous;
    private final Set<Path> made = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger fresh = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger same = new java.util.concurrent.atomic.AtomicInteger();

    SiteWriter(Path folder, Optional<Path> previous) {
        this.folder = folder;
        this.previous = previous;
    }

    /** Writes one file of the site, or links it from the live build when its bytes did not change. Thread-safe. */
    void writeFile(OutputFile file) throws IOException {
        Path target = inside(file.path());
        makeParent(target);
        Optional<Path> old = unchanged(file.path(), file.bytes());
        if (old.isPresent()) {
            keep(old.get(), target);
            same.incrementAndGet();
        } else {
            Files.write(target, file.bytes());
            fresh.incrementAndGet();
        }
    }

    /**
     * Copies the assets (an asset Acta cleaned is written as cleaned) and writes the marker, last:
     * the folder is then a complete build.
     */
    Publisher.Outcome finish(List<Asset> assets) throws IOException {
        int written = fresh.get();
        int kept = same.get();
        for (Asset asset : assets) {
            String path = "assets/" + asset.path();
            Path target = inside(path);
            makeParent(target);
            Optional<Path> old = asset.cleaned().isPresent() ? unchanged(path, asset.cleaned().get())
                    : previousFile(path).filter(p -> sameBytes(asset.file(), p));
            if (old.isPresent()) {
                keep(old.get(), target);
                kept++;
            } else if (asset.cleaned().isPresent()) {
                Files.write(target, asset.cleaned().get());
                written++;
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

    private void makeParent(Path target) throws IOException {
        Path dir = target.getParent();
        // remembered only once made: another thread may be writing into the same folder at the same time
        if (!made.contains(dir)) {
            Files.createDirectories(dir);
            made.add(dir);
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
