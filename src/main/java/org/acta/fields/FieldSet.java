package org.acta.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields one mapping may have: a kind's own fields, in the order the guide lists them, then
 * the fields every item shares ({@code draft}). {@code name} is how the guide's tables name the
 * set: {@code task}, {@code task.updates}.
 */
public record FieldSet(String name, List<Field> own, List<Field> shared) {
    public FieldSet {
        own = List.copyOf(own);
        shared = List.copyOf(shared);
    }

    /** Every field, own first: the known fields an unknown one is compared with. */
    public List<Field> fields() {
        List<Field> all = new ArrayList<>(own);
        all.addAll(shared);
        return all;
    }

    public List<String> names() {
        return fields().stream().map(Field::name).toList();
    }

    public Optional<Field> field(String name) {
        return fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
