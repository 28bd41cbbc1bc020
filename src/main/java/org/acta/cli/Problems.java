package org.acta.cli;

import java.io.PrintWriter;
import org.acta.build.BuildResult;
import org.acta.diag.Diagnostic;

/** Prints a build's problems, one {@code path:line: error: message} a line. */
final class Problems {
    private Problems() {
    }

    static void print(BuildResult result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        err.flush();
    }

    static String counts(BuildResult result) {
        return plural(result.errorCount(), "error") + ", " + plural(result.warningCount(), "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
