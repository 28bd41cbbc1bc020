package org.acta.bind;

import org.acta.source.ContentKind;

/** A reference an editor wrote, to be checked once every item is known. */
record Ref(ContentKind kind, String id, String path, int line, String field) {
    /** How the binder keys an item of a kind: {@code PERSON:nguyen-van-a}; a speech's id is {@code event/speech}. */
    static String key(ContentKind kind, String id) {
        return kind + ":" + id;
    }
}
