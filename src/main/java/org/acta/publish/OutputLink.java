package org.acta.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output path and what it shows: a symbolic link to one of the builds, switched by one
 * atomic rename; or, where links cannot be made (and for a site of an older Acta), a plain
 * folder. Repairs what a build killed while replacing a plain folder left.
 */
final class OutputLink {
    private final Path output;
    private final Path parent;
    private final String name;
    private final Builds builds;
    private final Checkpoints checkpoints;

    OutputLink(Path output, Builds builds, Checkpoints checkpoints) {
        this.output = output;
        this.parent = output.getParent();
        this.name = output.getFileName().toString();
        this.builds = builds;
        this.checkpoints = checkpoints;
    }

    /** Puts back what a build killed in the middle of replacing a plain folder left without the output. */
    void recover() throws IOException {
        recoverLegacy();
        recoverMissingOutput();
    }

    /**
     * The folder the output shows now: the target of the link, or the output itself when it is a
     * plain folder (built by an older Acta, or where links cannot be made). Empty when there is no
     * site yet. A folder or link Acta did not make is refused: replacing it would lose someone's files.
     */
    Optional<Path> live() throws IOException {
        if (Files.isSymbolicLink(output)) {
            Path target = parent.resolve(Files.readSymbolicLink(output)).normalize();
            if (!target.getParent().equals(builds.folder())) {
                throw new IOException(output + " is a symbolic link to " + target + ", which Acta did not make; "
                        + "remove the link or choose another --output");
            }
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(output + " exists and is not a folder");
        }
        if (Files.exists(output.resolve(Publisher.MARKER))) {
            return Optional.of(output);
        }
        if (!Builds.isEmptyFolder(output)) {
            throw new IOException("it is a folder Acta did not build (it has no " + Publisher.MARKER + " file), and "
                    + "publishing replaces the whole folder; choose another --output or empty it first");
        }
        return Optional.empty();
    }

    /** Whether the output is a link to {@code version} now. */
    boolean shows(Path version) {
        try {
            return Files.isSymbolicLink(output)
                    && parent.resolve(Files.readSymbolicLink(output)).normalize().equals(version);
        } catch (IOException e) {
            return true; // cannot tell: keep the folder, the next build removes it if it is not live
        }
    }

    /**
     * Makes the output show {@code version}, in one atomic step where the system allows it. When
     * it fails, the output shows what it showed before.
     */
    void switchTo(Path version) throws IOException {
        Optional<Path> aside = Optional.empty();
        Path link = temporaryLink();
        try {
            if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                // a plain folder cannot be replaced by a link in one step: move it aside first, among the builds,
                // where recoverMissingOutput() finds it again if this build dies before the link is in place
                if (Builds.isEmptyFolder(output)) {
                    Files.delete(output);
                } else {
                    aside = Optional.of(builds.resolve("0-previous"));
                    Builds.move(output, aside.get());
                }
                checkpoints.reached("moved-aside");
            }
            try {
                Files.createSymbolicLink(link, parent.relativize(version));
            } catch (UnsupportedOperationException | FileSystemException e) {
                Builds.move(version, output); // no links here: the output is a plain folder
                return;
            }
            checkpoints.reached("linked");
            Files.move(link, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(link);
            if (aside.isPresent() && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Builds.move(aside.get(), output);
            }
            throw e;
        }
    }

    private Path temporaryLink() throws IOException {
        Path link = parent.resolve("." + name + ".link-" + ProcessHandle.current().pid());
        Files.deleteIfExists(link);
        return link;
    }

    /** The output is missing when a build died while replacing a plain folder: show the newest complete build. */
    private void recoverMissingOutput() throws IOException {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Optional<Path> newest = builds.newestComplete();
        if (newest.isPresent()) {
            Path link = temporaryLink();
            Files.createSymbolicLink(link, parent.relativize(newest.get()));
            Files.move(link, output, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Acta 0.1 kept the old site as {@code .site.previous} while swapping; a build killed then left it there. */
    private void recoverLegacy() throws IOException {
        Path previous = parent.resolve("." + name + ".previous");
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                SiteWriter.deleteTree(previous);
            } else {
                Builds.move(previous, output);
            }
        }
    }

    /** The temporary links and staging folders builds leave beside the output; what cannot be removed, in words. */
    List<String> removeStrays() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path entry : Builds.entries(parent)) {
            String file = entry.getFileName().toString();
            if (file.startsWith("." + name + ".link-") || file.startsWith("." + name + ".staging-")) {
                Builds.delete(entry).ifPresent(failures::add);
            }
        }
        return failures;
    }
}
