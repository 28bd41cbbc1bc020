package org.acta.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file under content/assets/, copied to site/assets/ unchanged.
 *
 * @param path its path below assets/, with forward slashes
 * @param file where it is on disk
 * @param size its size in pixels, when it is an image whose size could be read
 */
public record Asset(String path, Path file, Optional<ImageSize> size) {
    public Asset(String path, Path file) {
        this(path, file, Optional.empty());
    }
}
