package org.acta.importer;

/**
 * Report text as the draft's files hold it: every piece cleaned of control characters first
 * ({@link Sentences#clean}), then quoted for YAML, kept to one line in a comment, or escaped so
 * that Markdown reads it as text.
 */
final class DraftText {
    private DraftText() {
    }

    /** YAML text as the contract's examples write it: double-quoted. */
    static String quote(String text) {
        return "\"" + Sentences.clean(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String comment(String text) {
        return Sentences.clean(text);
    }

    /** Characters Markdown would take as syntax, escaped. */
    static String markdown(String text) {
        return Sentences.clean(text).replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
    }

    /** A paragraph that reads the same: also no list, heading or quote at its start. */
    static String paragraph(String text) {
        return markdown(text).replaceFirst("^(\\d+)([.)])", "$1\\\\$2").replaceFirst("^([#+=>-])", "\\\\$1");
    }
}
