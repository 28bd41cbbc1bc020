package org.acta.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How often a standing task is judged. */
public enum Recurrence {
    YEARLY("yearly"), QUARTERLY("quarterly"), MONTHLY("monthly");

    private final String id;

    Recurrence(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Recurrence> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Recurrence::id).toList();
    }
}
