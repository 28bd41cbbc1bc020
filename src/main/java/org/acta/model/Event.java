package org.acta.model;

import java.util.List;
import java.util.Optional;

/** A conference, meeting or seminar: events/&lt;id&gt;/index.md. */
public record Event(String id, String title, PartialDate date, Optional<String> dateNote,
                    Optional<PartialDate> endDate, Optional<String> kind, Optional<String> location,
                    List<String> organizers, List<String> participants, Optional<String> chair,
                    List<String> documents, List<String> tags, List<Figure> figures,
                    List<Markdown> conclusions, Optional<Citation> source, Markdown body,
                    List<String> formerIds, Origin origin) {
    public Event {
        organizers = List.copyOf(organizers);
        participants = List.copyOf(participants);
        documents = List.copyOf(documents);
        tags = List.copyOf(tags);
        figures = List.copyOf(figures);
        conclusions = List.copyOf(conclusions);
        formerIds = List.copyOf(formerIds);
    }
}
