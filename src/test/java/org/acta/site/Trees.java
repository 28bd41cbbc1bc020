package org.acta.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's files as the tests compare them: path → SHA-256 of the bytes, or → modification time. */
final class Trees {
    private Trees() {
    }

    /** Every file below the folder (a link to the folder is followed), by path with forward slashes. */
    static SortedMap<String, String> digests(Path folder) {
        SortedMap<String, String> tree = new TreeMap<>();
        files(folder).forEach((path, file) -> tree.put(path, sha256(file)));
        return tree;
    }

    static SortedMap<String, FileTime> modified(Path folder) {
        SortedMap<String, FileTime> tree = new TreeMap<>();
        files(folder).forEach((path, file) -> {
            try {
                tree.put(path, Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return tree;
    }

    private static Map<String, Path> files(Path folder) {
        Map<String, Path> files = new TreeMap<>();
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(f -> files.put(root.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
