package org.acta.markup;

import java.util.List;
import java.util.Objects;
import org.acta.diag.Diagnostic;

/**
 * Markdown made into HTML that is safe to publish.
 *
 * @param html        the sanitised HTML, without a trailing newline
 * @param text        the plain text of {@code html}, whitespace collapsed, for search and excerpts
 * @param headings    every h2 to h6, in document order, with the id it carries in {@code html}
 * @param diagnostics a warning for each thing removed, at the editor's file and line
 */
public record Rendered(String html, String text, List<Heading> headings, List<Diagnostic> diagnostics) {

    public Rendered {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings);
        diagnostics = List.copyOf(diagnostics);
    }
}
