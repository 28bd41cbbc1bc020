package org.acta.markup;

import java.util.Objects;
import org.acta.model.Quote;

/**
 * Words of a body that something else quotes (a task, the sentence of the speech that assigned
 * it), to be marked where the body says them and linked back to what quotes them.
 *
 * @param quote  the words, the heading they are under, and where the quotation is written
 * @param anchor the id the first mark takes ({@code quote-mo-lop}), when no element has it already
 * @param link   the link written after the marked words
 */
public record Quotation(Quote quote, String anchor, Link link) {
    public Quotation {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(link, "link");
    }

    /**
     * The link after the marked words: a site link from the root ({@code /tasks/mo-lop/}), its
     * text ("Nhiệm vụ: Đang thực hiện"), its title (what it links to, in full) and its classes.
     */
    public record Link(String href, String text, String title, String classes) {
    }
}
