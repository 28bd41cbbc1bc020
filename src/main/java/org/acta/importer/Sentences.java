package org.acta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese news prose cut into sentences. The periods of abbreviations such as {@code TP.} or
 * {@code PGS.TS.} do not end a sentence: they are held as {@link #HELD_DOT} while text is matched,
 * and given back by {@link #restore}.
 */
final class Sentences {
    static final char HELD_DOT = '\u2024';
    static final int LONGEST = 1500;
    private static final Pattern ABBREVIATION = Pattern.compile(
            "\\b(TP|Tp|TS|ThS|PGS|GS|BS|CN|KS|Q|P|TT|ĐH|St|Th\\.S|Mr|Mrs|Ms|Dr|Prof|Jr|Sr|No|Gen|Col|Lt|Maj|Capt"
            + "|Rev|Hon|Amb|Assoc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|vs|U\\.S)\\."
            + "(?=\\s*[\\p{Lu}\\p{L}\\d])");
    private static final Pattern END = Pattern.compile("(?<=[.!?…])[\"”’)]*\\s+(?=[\"“‘(]?[\\p{Lu}\\d])");

    private Sentences() {
    }

    /**
     * Text as it may be drafted: NFC, without control or invisible formatting characters (a raw
     * {@code \u0001} would make the YAML unreadable; bidirectional overrides would hide what the text
     * says), white space collapsed to single spaces.
     */
    static String clean(String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                out.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE || c == '\u200d') {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Collapses white space (including no-break spaces) and holds the dots of abbreviations. */
    static String prepare(String text) {
        String spaced = text.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
        Matcher m = ABBREVIATION.matcher(spaced);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + HELD_DOT));
        }
        m.appendTail(out);
        // PGS.TS. and the like: a held dot directly followed by another abbreviation
        return out.toString().replaceAll("\\.(?=TS|ThS)", String.valueOf(HELD_DOT));
    }

    static String restore(String text) {
        return text.replace(HELD_DOT, '.');
    }

    /**
     * The sentences of a prepared paragraph, each with its closing punctuation. A sentence longer
     * than news writes ({@value #LONGEST} characters) is cut at its semicolons, else at a space, so
     * that a page of one endless sentence is read in the time of an ordinary one.
     */
    static List<String> split(String prepared) {
        List<String> sentences = new ArrayList<>();
        for (String s : END.split(prepared)) {
            for (String part : s.length() > LONGEST ? cut(s) : List.of(s)) {
                if (!part.isBlank()) {
                    sentences.add(part.strip());
                }
            }
        }
        return sentences;
    }

    private static List<String> cut(String sentence) {
        List<String> parts = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > LONGEST) {
            int at = rest.lastIndexOf("; ", LONGEST);
            if (at < LONGEST / 2) {
                at = Math.max(rest.lastIndexOf(' ', LONGEST), LONGEST / 2);
            }
            parts.add(rest.substring(0, at + 1));
            rest = rest.substring(at + 1);
        }
        parts.add(rest);
        return parts;
    }

    /** Text for comparing two blocks: folded, without punctuation or doubled spaces. */
    static String key(String text) {
        return org.acta.model.Ids.fold(restore(text)).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static String capitalise(String text) {
        String t = text.strip();
        return t.isEmpty() ? t : t.substring(0, t.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                + t.substring(t.offsetByCodePoints(0, 1));
    }

    /** Strips trailing commas, semicolons, colons, periods and spaces. */
    static String trimPunctuation(String text) {
        return text.strip().replaceAll("^[,;:.\\s]+|[,;:.…\\s]+$", "");
    }
}
