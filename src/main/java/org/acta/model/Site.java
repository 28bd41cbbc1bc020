package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The settings of site.yaml. {@code baseUrl} always ends with a slash.
 *
 * @param dueSoonDays how many days ahead a due date makes a task "due soon" (an extension:
 *                    {@code due_soon_days}); empty means the default
 * @param removed     the site addresses taken off the site on purpose ({@code removed}: {@code /events/x/},
 *                    each with its slashes), which a check does not warn are gone from the live site
 */
public record Site(String title, String baseUrl, Language language, Optional<String> description,
                   Optional<LocalDate> asOf, Optional<Integer> dueSoonDays, List<String> removed) {
    public Site {
        removed = List.copyOf(removed);
    }

    /** Settings without addresses removed on purpose. */
    public Site(String title, String baseUrl, Language language, Optional<String> description,
                Optional<LocalDate> asOf, Optional<Integer> dueSoonDays) {
        this(title, baseUrl, language, description, asOf, dueSoonDays, List.of());
    }

    /** Settings without a due-soon window of their own. */
    public Site(String title, String baseUrl, Language language, Optional<String> description,
                Optional<LocalDate> asOf) {
        this(title, baseUrl, language, description, asOf, Optional.empty());
    }
}
