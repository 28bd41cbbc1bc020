package org.acta.diag;

/** How bad a problem is: an error stops a build before it publishes, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The word used in {@code path:line: error: message}. */
    public String word() {
        return this == ERROR ? "error" : "warning";
    }
}
