package org.acta.model;

import java.time.LocalDate;
import java.util.Optional;

/** The settings of site.yaml. {@code baseUrl} always ends with a slash. */
public record Site(String title, String baseUrl, Language language, Optional<String> description,
                   Optional<LocalDate> asOf) {
}
