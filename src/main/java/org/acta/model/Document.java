package org.acta.model;

import java.util.List;
import java.util.Optional;

/** A policy document (programme, resolution, directive): documents/&lt;id&gt;.md. */
public record Document(String id, String title, Optional<String> number, Optional<String> issuer,
                       Optional<PartialDate> date, Optional<String> period, Optional<String> url,
                       Markdown body, List<String> formerIds, Origin origin) {
    public Document {
        formerIds = List.copyOf(formerIds);
    }
}
