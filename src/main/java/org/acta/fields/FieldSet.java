package org.acta.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields one mapping may have: a kind's own fields, in the order the guide lists them, then
 * the fields every item shares ({@code draft}). {@code name} is how the guide's tables name the
 * set: {@code task}, {@code task.updates}. Binding looks a field up for every value it reads, so
 * the lookup is a map made once.
 */
public final class FieldSet {
    private final String name;
    private final List<Field> own;
    private final List<Field> shared;
    private final List<Field> fields;
    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final List<String> names;

    public FieldSet(String name, List<Field> own, List<Field> shared) {
        this.name = name;
        this.own = List.copyOf(own);
        this.shared = List.copyOf(shared);
        List<Field> all = new ArrayList<>(own);
        all.addAll(shared);
        this.fields = List.copyOf(all);
        for (Field field : fields) {
            if (byName.put(field.name(), field) != null) {
                throw new IllegalArgumentException("field '" + field.name() + "' is declared twice in " + name);
            }
        }
        this.names = List.copyOf(byName.keySet());
    }

    public String name() {
        return name;
    }

    /** The kind's own fields, in order. */
    public List<Field> own() {
        return own;
    }

    /** Every field, own first: the known fields an unknown one is compared with. */
    public List<Field> fields() {
        return fields;
    }

    public List<String> names() {
        return names;
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public String toString() {
        return "FieldSet[" + name + ": " + String.join(", ", byName.keySet()) + "]";
    }
}
