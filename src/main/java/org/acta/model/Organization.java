package org.acta.model;

import java.util.List;
import java.util.Optional;

/** A body that organises, attends or is assigned work: organizations/&lt;id&gt;.yaml. */
public record Organization(String id, String name, Optional<String> shortName, Optional<String> parent,
                           Optional<String> kind, Optional<String> url, List<String> formerIds,
                           Origin origin) {
    public Organization {
        formerIds = List.copyOf(formerIds);
    }
}
