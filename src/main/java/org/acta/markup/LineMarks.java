package org.acta.markup;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Carries Markdown line numbers through rendering: every element the HTML parser will build is
 * marked with {@value #ATTRIBUTE}, the 0-based Markdown line it was written on, so that a
 * removal can be reported at the editor's line. The sanitiser strips the marks.
 */
final class LineMarks {
    static final String ATTRIBUTE = "data-acta-line";

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private LineMarks() {
    }

    /**
     * Raw HTML with every start tag marked with its line: {@code <b>} written on line 3 of the
     * Markdown becomes {@code <b data-acta-line="3">}. The mark goes straight after the tag
     * name, so it is the first of its name and wins over one the editor may have written.
     *
     * @param firstLine the 0-based Markdown line of the first character of {@code html}
     */
    static String markTags(String html, int firstLine) {
        StringBuilder out = new StringBuilder(html.length() + 24);
        int line = firstLine;
        int i = 0;
        while (i < html.length()) {
            int end;
            if (html.startsWith("<!--", i)) {
                end = endOfComment(html, i);
                out.append(html, i, end);
            } else if (startsTag(html, i)) {
                int nameEnd = endOfName(html, i + 1);
                end = endOfTag(html, nameEnd);
                out.append(html, i, nameEnd)
                        .append(' ').append(ATTRIBUTE).append("=\"").append(line).append('"')
                        .append(html, nameEnd, end);
            } else {
                end = i + 1;
                out.append(html.charAt(i));
            }
            line += newlines(html, i, end);
            i = end;
        }
        return out.toString();
    }

    /** The 0-based Markdown line of an element, or of its nearest marked ancestor. */
    static OptionalInt lineOf(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            String mark = at.attr(ATTRIBUTE);
            if (NUMBER.matcher(mark).matches()) {
                return OptionalInt.of(Integer.parseInt(mark));
            }
        }
        return OptionalInt.empty();
    }

    private static boolean startsTag(String html, int at) {
        if (html.charAt(at) != '<' || at + 1 >= html.length()) {
            return false;
        }
        char c = html.charAt(at + 1);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int endOfName(String html, int from) {
        int i = from;
        while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            i++;
        }
        return i;
    }

    /** Just past the {@code >} that closes a tag, skipping quoted attribute values. */
    private static int endOfTag(String html, int from) {
        int i = from;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            i++;
            if (c == '=') {
                while (i < html.length() && isSpace(html.charAt(i))) {
                    i++;
                }
                if (i < html.length() && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int close = html.indexOf(html.charAt(i), i + 1);
                    if (close < 0) {
                        return html.length();
                    }
                    i = close + 1;
                }
            }
        }
        return html.length();
    }

    /** Just past a comment, closed as an HTML parser closes it ({@code <!-->} is a whole comment). */
    private static int endOfComment(String html, int from) {
        if (html.startsWith("<!-->", from)) {
            return from + 5;
        }
        if (html.startsWith("<!--->", from)) {
            return from + 6;
        }
        int close = html.indexOf("-->", from + 4);
        return close < 0 ? html.length() : close + 3;
    }

    private static int newlines(String html, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (html.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
