package org.acta.markup;

import java.util.Map;

/**
 * A body rendered with the sentences others quote marked: the rendered body (its diagnostics
 * include each quotation not found), and for each quotation's anchor the id in the body its
 * readers are sent to: the marked words, or, when only the heading was found, that heading. A
 * quotation found nowhere has no entry.
 */
public record QuotedBody(Rendered rendered, Map<String, String> targets) {
    public QuotedBody {
        targets = Map.copyOf(targets);
    }
}
