package org.acta.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Ids;

/**
 * Text cut into words the way the browser script cuts a query: runs of letters, marks and
 * digits, so a Vietnamese syllable is a word. Each word keeps its exact lowercase form (for
 * exact-diacritic ranking) and its folded form (the key readers type: {@code đảng} → {@code dang}).
 * Two words are adjacent, and so make a phrase, when only spaces stand between them.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** A word of the text. {@code joined} says it follows the previous word with only spaces between. */
    record Word(String exact, String key, boolean joined) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        return of(text, new HashMap<>());
    }

    /** The words of {@code text}, folding each distinct word once: {@code folded} remembers them. */
    static List<Word> of(String text, Map<String, String> folded) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        int end = -1;
        while (m.find()) {
            boolean joined = end >= 0 && blank(normal, end, m.start());
            String exact = m.group();
            words.add(new Word(exact, folded.computeIfAbsent(exact, Ids::fold), joined));
            end = m.end();
        }
        return words;
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
