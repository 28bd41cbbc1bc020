package org.acta.importer;

import java.util.Optional;

/**
 * A person a sentence speaks of: by name ("đồng chí Đặng Văn An, Chủ tịch …", "Bí thư Tỉnh ủy Lê
 * Văn Bình", "Mr. Tran Van Cuong, Director of …"), by office alone ("đồng chí Bí thư Huyện ủy",
 * "the Deputy Minister") or by a pronoun ("Đồng chí", "He"), which the reader of the report takes
 * from the context.
 *
 * @param start where the mention begins in the sentence, a position stated before the name included
 * @param end   where it ends, a position stated after the name included
 */
record Mention(Kind kind, Optional<String> name, Optional<String> position, int start, int end) {
    enum Kind { NAMED, OFFICE, PRONOUN }

    static Mention named(String name, Optional<String> position, int start, int end) {
        return new Mention(Kind.NAMED, Optional.of(name), position, start, end);
    }

    static Mention office(String position, int start, int end) {
        return new Mention(Kind.OFFICE, Optional.empty(), Optional.of(position), start, end);
    }

    static Mention pronoun(int start, int end) {
        return new Mention(Kind.PRONOUN, Optional.empty(), Optional.empty(), start, end);
    }
}
