package org.acta.render;

import java.util.Map;
import java.util.TreeMap;

/** The interface strings of one language, from the theme's {@code i18n/<lang>.properties}. */
record Strings(Map<String, String> values) {
    Strings {
        values = new TreeMap<>(values);
    }

    /** The string for a key; a missing key shows as the key itself, so it is seen and fixed. */
    String get(String key) {
        return values.getOrDefault(key, key);
    }
}
