package org.acta.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file under content/assets/, published to site/assets/: as it is, or, when Acta had to clean
 * it (an SVG image that carried a script), as {@code cleaned}.
 *
 * @param path    its path below assets/, with forward slashes
 * @param file    where it is on disk
 * @param size    its size in pixels, when it is an image whose size could be read
 * @param cleaned the bytes to publish instead of the file's, when they differ
 */
public record Asset(String path, Path file, Optional<ImageSize> size, Optional<byte[]> cleaned) {
    public Asset(String path, Path file) {
        this(path, file, Optional.empty());
    }

    public Asset(String path, Path file, Optional<ImageSize> size) {
        this(path, file, size, Optional.empty());
    }
}
