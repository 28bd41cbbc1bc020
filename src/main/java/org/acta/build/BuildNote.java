package org.acta.build;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a published build remembers of itself, kept beside the site (never in it), so that the
 * next build with the same {@link Inputs} can say the site is up to date instead of building it
 * again, and still show the warnings the site was built with.
 *
 * @param inputs   the fingerprint of the inputs the site was built from
 * @param pages    how many pages it has
 * @param asOf     the date its tasks were judged on
 * @param warnings its warnings, each as printed ({@code path:line: warning: message})
 */
public record BuildNote(String inputs, int pages, LocalDate asOf, List<String> warnings) {
    public BuildNote {
        warnings = List.copyOf(warnings);
    }

    String text() {
        StringBuilder s = new StringBuilder();
        s.append("inputs ").append(inputs).append('\n').append("pages ").append(pages).append('\n')
                .append("as-of ").append(asOf).append('\n');
        warnings.forEach(w -> s.append("warning ").append(w.replace("\n", " ")).append('\n'));
        return s.toString();
    }

    /** The note in {@code text}; empty when it is not one this version of Acta wrote. */
    static Optional<BuildNote> parse(String text) {
        String inputs = null;
        Integer pages = null;
        LocalDate asOf = null;
        List<String> warnings = new ArrayList<>();
        try {
            for (String line : text.split("\n")) {
                if (line.startsWith("inputs ")) {
                    inputs = line.substring("inputs ".length());
                } else if (line.startsWith("pages ")) {
                    pages = Integer.parseInt(line.substring("pages ".length()));
                } else if (line.startsWith("as-of ")) {
                    asOf = LocalDate.parse(line.substring("as-of ".length()));
                } else if (line.startsWith("warning ")) {
                    warnings.add(line.substring("warning ".length()));
                } else if (!line.isEmpty()) {
                    return Optional.empty();
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
        return inputs == null || pages == null || asOf == null ? Optional.empty()
                : Optional.of(new BuildNote(inputs, pages, asOf, warnings));
    }
}
