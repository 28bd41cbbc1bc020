package org.acta.source;

import java.util.Optional;
import org.acta.diag.Messages;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines) and its body.
 *
 * @param yaml      the text between the fences
 * @param yamlLine  the file line of the first YAML line (2 when the file starts with the fence)
 * @param body      everything after the closing fence
 * @param bodyLine  the file line the body starts on
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Why a file could not be split, as a message for the editor. */
    record Problem(int line, String message) {
    }

    /** The split, or the problem with the fences, told in the language of {@code messages}. */
    static Result split(String text, Messages messages) {
        if (!isFence(text, 0)) {
            return new Result(Optional.empty(), Optional.of(new Problem(1, messages.text("frontmatter.missing"))));
        }
        Problem unclosed = new Problem(1, messages.text("frontmatter.unclosed"));
        int yamlStart = text.indexOf('\n');
        if (yamlStart < 0) {
            return new Result(Optional.empty(), Optional.of(unclosed));
        }
        yamlStart++;
        int line = 2;
        int lineStart = yamlStart;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (isFence(text, lineStart)) {
                String yaml = text.substring(yamlStart, lineStart);
                String body = lineEnd >= text.length() ? "" : text.substring(lineEnd + 1);
                return new Result(Optional.of(new FrontMatter(yaml, 2, body, line + 1)), Optional.empty());
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return new Result(Optional.empty(), Optional.of(unclosed));
    }

    /** Either the split or the problem: exactly one is present. */
    record Result(Optional<FrontMatter> frontMatter, Optional<Problem> problem) {
    }

    /** A line that is exactly {@code ---}, allowing trailing blanks. */
    private static boolean isFence(String text, int lineStart) {
        if (!text.startsWith("---", lineStart)) {
            return false;
        }
        int i = lineStart + 3;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n';
    }
}
