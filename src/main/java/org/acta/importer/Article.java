package org.acta.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acta.model.Language;

/**
 * A news article as read from its page, without the site around it: headline, where and when it
 * was published, and its text blocks in reading order.
 *
 * @param title     the headline; empty when the page has none
 * @param url       the page's own address (canonical link, or the URL it was fetched from)
 * @param published the publication day, from meta tags or the date line
 * @param language  the language the report is written in: Vietnamese or English
 */
record Article(String title, Optional<String> url, Optional<String> publisher, Optional<LocalDate> published,
               Language language, List<Block> blocks) {
    Article {
        blocks = List.copyOf(blocks);
    }

    /** One paragraph, heading or photo caption of the article, in NFC with white space collapsed. */
    record Block(String text, Kind kind) {
        enum Kind { PARAGRAPH, HEADING, CAPTION }
    }

    List<String> paragraphs() {
        return blocks.stream().filter(b -> b.kind() != Block.Kind.CAPTION).map(Block::text).toList();
    }

    List<String> captions() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.CAPTION).map(Block::text).toList();
    }
}
