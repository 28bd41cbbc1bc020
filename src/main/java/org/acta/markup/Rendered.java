package org.acta.markup;

import java.util.List;
import java.util.Objects;
import org.acta.diag.Diagnostic;

/** Markdown made into HTML that is safe to publish, ready to be placed on a page; equal when made from equal texts. */
public final class Rendered {
    private final Fragment html;
    private final String text;
    private final List<Heading> headings;
    private final List<Image> images;
    private final List<Diagnostic> diagnostics;

    /**
     * @param html        the sanitised HTML, without white space at its ends
     * @param text        the plain text of {@code html}, whitespace collapsed, for search and excerpts
     * @param headings    every h2 to h6 as written, in document order, with the id it carries in {@code html}
     * @param images      every image, in document order
     * @param diagnostics a warning for each thing removed, at the editor's file and line
     */
    Rendered(Fragment html, String text, List<Heading> headings, List<Image> images, List<Diagnostic> diagnostics) {
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
        this.headings = List.copyOf(headings);
        this.images = List.copyOf(images);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The HTML as the editor wrote it: site links from the root ({@code /events/x/}), headings at their levels. */
    public String html() {
        return html.html(Placement.AS_WRITTEN);
    }

    /** The HTML as shown {@code placed} on a page. */
    public String html(Placement placed) {
        return html.html(placed);
    }

    public String text() {
        return text;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<Image> images() {
        return images;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rendered that && html.equals(that.html) && text.equals(that.text)
                && headings.equals(that.headings) && images.equals(that.images) && diagnostics.equals(that.diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html, text, headings, images, diagnostics);
    }
}
