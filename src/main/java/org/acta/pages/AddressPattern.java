package org.acta.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An address with named blanks, {@code events/{event-id}/{speech-id}/}: filled with ids in the order
 * of its blanks, it is a path below the site root ({@code events/hoi-nghi/ket-luan/}).
 */
final class AddressPattern {
    private final String text;
    /** The text around the blanks: one more than there are blanks. */
    private final List<String> literals;
    private final List<String> blanks;

    AddressPattern(String text) {
        this.text = text;
        List<String> literals = new ArrayList<>();
        List<String> blanks = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("an address pattern with an unclosed blank: " + text);
            }
            literals.add(text.substring(from, open));
            blanks.add(text.substring(open + 1, close));
            from = close + 1;
        }
        literals.add(text.substring(from));
        this.literals = List.copyOf(literals);
        this.blanks = List.copyOf(blanks);
    }

    /** The pattern as written: {@code events/{event-id}/}. */
    String text() {
        return text;
    }

    /** The names of its blanks, in order: {@code event-id}, {@code speech-id}. */
    List<String> blanks() {
        return blanks;
    }

    /**
     * The ids that fill the blanks to give {@code path}, a path below the site root without prefix, when
     * this pattern makes it: each blank takes one folder name (no slash), such as an id.
     */
    Optional<List<String>> match(String path) {
        List<String> ids = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < blanks.size(); i++) {
            if (!path.startsWith(literals.get(i), at)) {
                return Optional.empty();
            }
            at += literals.get(i).length();
            String after = literals.get(i + 1);
            int end = after.isEmpty() ? path.length() : path.indexOf(after.charAt(0), at);
            if (end <= at || path.substring(at, end).contains("/")) {
                return Optional.empty();
            }
            ids.add(path.substring(at, end));
            at = end;
        }
        return path.substring(at).equals(literals.get(blanks.size())) ? Optional.of(ids) : Optional.empty();
    }

    /** How many characters of it are not blanks: of two patterns that make a path, the longer is meant. */
    int literalLength() {
        return literals.stream().mapToInt(String::length).sum();
    }

    /** The path with each blank filled by the id at its place, after {@code prefix}. */
    String fill(String prefix, String... ids) {
        if (ids.length != blanks.size()) {
            throw new IllegalArgumentException("the address " + text + " takes " + blanks.size()
                    + (blanks.size() == 1 ? " id" : " ids") + ", not " + ids.length);
        }
        StringBuilder path = new StringBuilder(prefix.length() + text.length() + 16 * ids.length).append(prefix);
        for (int i = 0; i < ids.length; i++) {
            path.append(literals.get(i)).append(ids[i]);
        }
        return path.append(literals.get(ids.length)).toString();
    }
}
