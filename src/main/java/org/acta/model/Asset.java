package org.acta.model;

import java.nio.file.Path;

/**
 * A file under content/assets/, copied to site/assets/ unchanged.
 *
 * @param path its path below assets/, with forward slashes
 * @param file where it is on disk
 */
public record Asset(String path, Path file) {
}
