package org.acta.assemble;

import java.util.List;
import org.acta.model.Event;

/** A tag as first written, its URL slug (folded), and the events that carry it, newest first. */
public record Tag(String name, String slug, List<Event> events) {
    public Tag {
        events = List.copyOf(events);
    }
}
