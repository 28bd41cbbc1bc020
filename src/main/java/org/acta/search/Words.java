package org.acta.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text cut into words the way the browser script cuts a query: runs of letters, marks and
 * digits ({@code [\p{L}\p{M}\p{N}]+}), so a Vietnamese syllable is a word, in lowercase.
 * Two words are adjacent, and so make a phrase, when only spaces stand between them.
 */
final class Words {

    /** Receives the words of a text in order. {@code joined}: only spaces stand between it and the previous word. */
    interface Visitor {
        void word(String exact, boolean joined);
    }

    private Words() {
    }

    static void each(String text, Visitor visitor) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int n = normal.length();
        int i = 0;
        int end = -1;
        while (i < n) {
            int cp = normal.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isWordChar(cp = normal.codePointAt(i)));
            visitor.word(normal.substring(start, i), end >= 0 && blank(normal, end, start));
            end = i;
        }
    }

    /** {@code \p{L}}, {@code \p{M}} or {@code \p{N}}. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The shard of a key: FNV-1a over its UTF-16 units, as the browser script computes it. */
    static int shardOf(String key, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }
}
