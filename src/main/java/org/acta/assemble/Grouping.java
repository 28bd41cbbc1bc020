package org.acta.assemble;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reverse links, computed once: the items that refer to each id, in the items' own order. */
final class Grouping {
    private Grouping() {
    }

    /** Each item listed under every id it refers to (once per id, however often it names it). */
    static <T> Map<String, List<T>> by(Collection<T> items, Function<T, ? extends Collection<String>> ids) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            for (String id : new LinkedHashSet<>(ids.apply(item))) {
                grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
            }
        }
        grouped.replaceAll((id, list) -> List.copyOf(list));
        return grouped;
    }
}
