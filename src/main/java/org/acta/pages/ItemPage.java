package org.acta.pages;

import java.util.List;
import org.acta.model.Origin;

/**
 * The page of one item of the content (an event, a speech, a task, a person, an organisation, a
 * document, a free page): its address, the ids the item had before it was renamed, and the file it
 * is written in.
 */
public record ItemPage(Address address, List<String> formerIds, Origin origin) {
    public ItemPage {
        formerIds = List.copyOf(formerIds);
    }
}
