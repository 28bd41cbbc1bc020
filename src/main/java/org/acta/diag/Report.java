package org.acta.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one build, collected from every stage so that all are reported at once.
 * Safe to add to from several threads.
 */
public final class Report {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public synchronized void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    public void error(String path, int line, String message) {
        add(Diagnostic.error(path, line, message));
    }

    public void warning(String path, int line, String message) {
        add(Diagnostic.warning(path, line, message));
    }

    /** Every problem, sorted by file and line, each reported once. */
    public synchronized List<Diagnostic> diagnostics() {
        return diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    public synchronized boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
