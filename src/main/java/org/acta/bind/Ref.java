package org.acta.bind;

import org.acta.source.ContentKind;

/** A reference an editor wrote, to be checked once every item is known. */
record Ref(ContentKind kind, String id, String path, int line, String field) {
}
