package org.acta.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of everything a build reads, taken without reading the files: each file's path,
 * size, modification time and identity on disk in the content and theme folders, the options
 * (the build day among them), and Acta's own code. Two equal fingerprints mean the same site
 * would be built again, as {@code make} judges it: an editor's save changes a file's time or
 * identity even when it keeps its size.
 */
final class Inputs {
    private Inputs() {
    }

    static String fingerprint(BuildOptions options) {
        MessageDigest sha = sha256();
        line(sha, "acta " + code());
        line(sha, options.toString());
        tree(sha, "content", options.source());
        options.templates().ifPresent(folder -> tree(sha, "theme", folder));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every entry below {@code root}, hidden ones included, links not followed, in a stable order. */
    private static void tree(MessageDigest sha, String name, Path root) {
        if (!Files.exists(root)) {
            line(sha, name + " absent");
            return;
        }
        java.util.TreeMap<String, long[]> entries = new java.util.TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    java.nio.file.attribute.FileTime time = attrs.lastModifiedTime();
                    entries.put(root.relativize(file).toString(), new long[] {attrs.size(),
                        time.to(java.util.concurrent.TimeUnit.NANOSECONDS), java.util.Objects.hashCode(attrs.fileKey()),
                        attrs.isSymbolicLink() ? 1 : 0});
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // never equal, so an unreadable file always makes a build (which reports it)
                    entries.put(root.relativize(file).toString(), new long[] {-1, System.nanoTime(), 0, 0});
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.put("", new long[] {-1, System.nanoTime(), 0, 0});
        }
        line(sha, name + " " + entries.size());
        java.nio.ByteBuffer numbers = java.nio.ByteBuffer.allocate(4 * Long.BYTES);
        entries.forEach((path, facts) -> {
            line(sha, path);
            numbers.clear();
            for (long fact : facts) {
                numbers.putLong(fact);
            }
            sha.update(numbers.array());
        });
    }

    /** Acta's jar (or classes folder, in tests): its path, size and time. */
    private static String code() {
        try {
            Path where = Path.of(Inputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path file = Files.isDirectory(where) ? where.resolve("org/acta/build/SiteBuilder.class") : where;
            return where + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toInstant();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime(); // never equal: always build
        }
    }

    private static void line(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
