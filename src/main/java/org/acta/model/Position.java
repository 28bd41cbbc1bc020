package org.acta.model;

import java.time.LocalDate;
import java.util.Optional;

/** A position a person held, over an open or closed span of time. */
public record Position(String title, Optional<String> organization, Optional<PartialDate> from,
                       Optional<PartialDate> to) {

    /** Held on {@code date}: from its start (or always) to its end (or still). */
    public boolean heldOn(LocalDate date) {
        boolean started = from.filter(f -> !f.isUnknown()).map(f -> !date.isBefore(f.start())).orElse(true);
        boolean notEnded = to.filter(t -> !t.isUnknown()).map(t -> !date.isAfter(t.end())).orElse(true);
        return started && notEnded;
    }
}
