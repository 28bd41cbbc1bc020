package org.acta.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report text as the draft's files hold it: every piece cleaned of control characters first
 * ({@link Sentences#clean}), then quoted for YAML, kept to one line in a comment, or escaped so
 * that Markdown reads it as text.
 */
final class DraftText {
    private static final Pattern SYNTAX = Pattern.compile("([\\\\`*_\\[\\]<>|&~])");
    /** A web address as the build links it, without the punctuation that ends its sentence; an e-mail address. */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\d])(?:(?:https?://|www\\.)[^\\s<>\"“”]*"
            + "[^\\s<>\"“”.,;:!?)\\]'’]|[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+)");

    private DraftText() {
    }

    /** YAML text as the contract's examples write it: double-quoted. */
    static String quote(String text) {
        return "\"" + Sentences.clean(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String comment(String text) {
        return Sentences.clean(text);
    }

    /**
     * Characters Markdown would take as syntax, escaped: also {@code &} (an entity such as
     * {@code &amp;} would read as one character) and {@code ~} (strikethrough), so that the text
     * reads exactly as the report has it and a task's {@code quote:} is found in it. A web address
     * or an e-mail address is left as written: the build makes it a link, and an escape in it would
     * stay in the link.
     */
    static String markdown(String text) {
        String clean = Sentences.clean(text);
        StringBuilder out = new StringBuilder(clean.length());
        Matcher address = ADDRESS.matcher(clean);
        int from = 0;
        while (address.find()) {
            out.append(escaped(clean.substring(from, address.start()))).append(address.group());
            from = address.end();
        }
        return out.append(escaped(clean.substring(from))).toString();
    }

    private static String escaped(String text) {
        return SYNTAX.matcher(text).replaceAll("\\\\$1");
    }

    /** A paragraph that reads the same: also no list, heading or quote at its start. */
    static String paragraph(String text) {
        return markdown(text).replaceFirst("^(\\d+)([.)])", "$1\\\\$2").replaceFirst("^([#+=>-])", "\\\\$1");
    }
}
