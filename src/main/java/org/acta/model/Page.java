package org.acta.model;

import java.util.List;
import java.util.Optional;

/** A free page such as "about": pages/&lt;id&gt;.md. */
public record Page(String id, String title, Optional<Integer> order, Markdown body, List<String> formerIds,
                   Origin origin) {
    public Page {
        formerIds = List.copyOf(formerIds);
    }
}
