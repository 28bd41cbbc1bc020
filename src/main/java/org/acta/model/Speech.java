package org.acta.model;

import java.util.List;
import java.util.Optional;

/**
 * A speech given at an event: events/&lt;event&gt;/&lt;id&gt;.md. A discussion record may have no
 * single speaker, and says who spoke in {@code speakerNote} instead.
 */
public record Speech(String id, String event, String title, Optional<String> speaker, Optional<String> speakerNote,
                     SpeechRole role, Optional<String> position, Optional<Integer> order, Optional<String> summary,
                     Markdown body, List<String> formerIds, Origin origin) {
    public Speech {
        formerIds = List.copyOf(formerIds);
    }
}
