package org.acta.model;

import java.util.List;
import java.util.Optional;

/** A speaker or official: people/&lt;id&gt;.yaml. {@code photo} is a path under assets/. */
public record Person(String id, String name, List<Position> positions, Optional<Markdown> bio,
                     Optional<String> photo, List<String> formerIds, Origin origin) {
    public Person {
        positions = List.copyOf(positions);
        formerIds = List.copyOf(formerIds);
    }
}
