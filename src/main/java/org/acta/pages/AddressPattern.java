package org.acta.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * An address with named blanks, {@code events/{event}/{speech}/}: filled with ids in the order of
 * its blanks, it is a path below the site root ({@code events/hoi-nghi/ket-luan/}).
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

    /** The pattern as written: {@code events/{event}/}. */
    String text() {
        return text;
    }

    /** The names of its blanks, in order: {@code [event, speech]}. */
    List<String> blanks() {
        return blanks;
    }

    /** The path with each blank filled by the id at its place, after {@code prefix}. */
    String fill(String prefix, String... ids) {
        if (ids.length != blanks.size()) {
            throw new IllegalArgumentException("the address " + text + " takes " + blanks.size() + " ids, not "
                    + ids.length);
        }
        StringBuilder path = new StringBuilder(prefix.length() + text.length() + 16 * ids.length).append(prefix);
        for (int i = 0; i < ids.length; i++) {
            path.append(literals.get(i)).append(ids[i]);
        }
        return path.append(literals.get(ids.length)).toString();
    }

    /** The first folder of the address when it is a fixed word ({@code events}), else empty. */
    java.util.Optional<String> fixedTop() {
        String first = literals.get(0);
        int slash = first.indexOf('/');
        String top = slash < 0 ? first : first.substring(0, slash);
        return top.isEmpty() || (slash < 0 && !blanks.isEmpty()) ? java.util.Optional.empty()
                : java.util.Optional.of(top);
    }
}
