package org.acta.markup;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Arrays;

/**
 * Where each line of a Markdown text starts, to find a node's line by binary search. flexmark's
 * own {@code Node.getStartLineNumber()} counts from the top of the document on every call, which
 * made rendering quadratic in the number of marked elements.
 */
final class LineIndex {
    /** Kept in the data of the parsed document, by {@link #attachTo}; without it every line is 0. */
    private static final DataKey<LineIndex> KEY = new DataKey<>("ACTA_LINE_INDEX", new LineIndex(""));

    private final int[] starts;

    /** Lines end at LF, CR LF or a lone CR, as flexmark and editors count them. */
    LineIndex(CharSequence text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /** Indexes the lines of a parsed document, for {@link #lineOf} to find while it renders. */
    static Document attachTo(Document document) {
        KEY.set(document, new LineIndex(document.getChars()));
        return document;
    }

    /** The 0-based Markdown line a node starts on. */
    static int lineOf(Node node) {
        return KEY.get(node.getDocument()).lineAt(node.getStartOffset());
    }

    /** The 0-based line holding the character at {@code offset}. */
    int lineAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
