package org.acta.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The settings of site.yaml. {@code baseUrl} always ends with a slash.
 *
 * @param dueSoonDays how many days ahead a due date makes a task "due soon" (an extension:
 *                    {@code due_soon_days}); empty means the default
 */
public record Site(String title, String baseUrl, Language language, Optional<String> description,
                   Optional<LocalDate> asOf, Optional<Integer> dueSoonDays) {

    /** Settings without a due-soon window of their own. */
    public Site(String title, String baseUrl, Language language, Optional<String> description,
                Optional<LocalDate> asOf) {
        this(title, baseUrl, language, description, asOf, Optional.empty());
    }
}
