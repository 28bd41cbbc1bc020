package org.acta.diag;

import java.util.Comparator;

/**
 * One problem in the content, at the editor's file and line.
 *
 * @param path the file as the editor would type it, relative to the current folder
 * @param line 1-based line in that file, or 0 when the problem concerns the whole file
 */
public record Diagnostic(String path, int line, Severity severity, String message) {

    /** Files in name order, then lines, errors before warnings at the same place. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (line < 0) {
            throw new IllegalArgumentException("not a line number: " + line);
        }
    }

    public static Diagnostic error(String path, int line, String message) {
        return new Diagnostic(path, line, Severity.ERROR, message);
    }

    public static Diagnostic warning(String path, int line, String message) {
        return new Diagnostic(path, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/tasks/t1.md:7: error: unknown organization 'so-gd'}. */
    public String format() {
        String place = line > 0 ? path + ":" + line : path;
        return place + ": " + severity.word() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
