package org.acta.model;

import java.util.Optional;

/** Where the report of an event was first published. */
public record Citation(String title, Optional<String> url, Optional<String> publisher, Optional<PartialDate> date) {
}
