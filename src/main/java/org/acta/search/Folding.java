package org.acta.search;

import org.acta.model.Ids;

/**
 * How search folds a word into its key, so that a reader who types without diacritics finds the
 * text written with them: {@code "Đảng Viên"} → {@code "dang vien"}. The browser script folds a
 * query with its own {@code fold()}, which must stay the same function: both are tested against
 * src/test/resources/folding-cases.json.
 *
 * <p>Today search folds as ids do ({@link Ids#fold}); a change to how search folds is made here,
 * in {@code static/search.js} and in the shared cases, and changes no id and no address.
 */
final class Folding {
    private Folding() {
    }

    static String key(String word) {
        return Ids.fold(word);
    }
}
