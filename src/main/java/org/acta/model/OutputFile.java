package org.acta.model;

/**
 * A file of the generated site, in memory until it is published.
 *
 * @param path its path below the site folder, with forward slashes: {@code events/x/index.html}
 */
public record OutputFile(String path, byte[] bytes) {
}
