package org.acta.model;

/** Where something was written: the file as the editor names it, and the 1-based line. */
public record Origin(String path, int line) {
}
