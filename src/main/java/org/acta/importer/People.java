package org.acta.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.model.Ids;

/**
 * The people a report names, each with the fullest position it gives them anywhere (a caption or
 * the attendance paragraph often has it in full), so that a later mention by office ("đồng chí Bí
 * thư Huyện ủy", "the Deputy Minister"), by part of the name ("Vuong said", "ông Toàn") or by a
 * pronoun is taken to the same person.
 */
final class People {
    /** Offices that are not the one without them: "Phó Giám đốc" is not "Giám đốc". */
    private static final java.util.Set<String> DEGREE = java.util.Set.of("pho", "tong", "deputy", "vice", "first",
            "acting", "quyen", "nguyen", "former");
    private final Map<String, Draft.Speaker> byName = new LinkedHashMap<>();

    /** Everyone the blocks name with a name of two words or more. */
    static People of(List<Article.Block> blocks, Grammar grammar) {
        People people = new People();
        for (Article.Block block : blocks) {
            for (String sentence : Sentences.split(Sentences.prepare(block.text()))) {
                for (Mention m : grammar.mentions(sentence)) {
                    if (m.kind() == Mention.Kind.NAMED && m.name().orElseThrow().contains(" ")) {
                        people.add(Sentences.restore(m.name().orElseThrow()), m.position().map(Sentences::restore));
                    }
                }
            }
        }
        return people;
    }

    private void add(String name, Optional<String> position) {
        byName.merge(Ids.fold(name), new Draft.Speaker(name, position, true), (known, next) -> {
            boolean longer = next.position().map(String::length).orElse(0) > known.position().map(String::length)
                    .orElse(0);
            return longer ? new Draft.Speaker(known.name(), next.position(), true) : known;
        });
    }

    /** The person a mention refers to, given who is speaking; empty when the report does not say. */
    Optional<Draft.Speaker> resolve(Mention m, Optional<Draft.Speaker> current) {
        return switch (m.kind()) {
            case PRONOUN -> current;
            case OFFICE -> Optional.of(byOffice(Sentences.restore(m.position().orElseThrow()), current));
            case NAMED -> byName(Sentences.restore(m.name().orElseThrow()), current);
        };
    }

    private Optional<Draft.Speaker> byName(String name, Optional<Draft.Speaker> current) {
        Draft.Speaker known = byName.get(Ids.fold(name));
        if (known != null) {
            return Optional.of(known);
        }
        String word = Ids.fold(name);
        if (current.filter(c -> endsWithWord(Ids.fold(c.name()), word)).isPresent()) {
            return current;
        }
        List<Draft.Speaker> matches = byName.values().stream()
                .filter(p -> endsWithWord(Ids.fold(p.name()), word) || Ids.fold(p.name()).startsWith(word + " "))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static boolean endsWithWord(String name, String word) {
        return name.equals(word) || name.endsWith(" " + word);
    }

    private Draft.Speaker byOffice(String office, Optional<Draft.Speaker> current) {
        if (current.filter(c -> c.position().filter(p -> holds(p, office)).isPresent()).isPresent()) {
            return current.get();
        }
        List<Draft.Speaker> matches = new ArrayList<>();
        for (Draft.Speaker p : byName.values()) {
            if (p.position().filter(position -> holds(position, office)).isPresent()) {
                matches.add(p);
            }
        }
        return matches.size() == 1 ? matches.get(0) : new Draft.Speaker(office, Optional.of(office), false);
    }

    /**
     * Whether a position is the office, or the office is the position with a place added
     * ("Bí thư Thành ủy" in "UVTW Đảng, Bí thư Thành ủy"; "Deputy Minister" in "MoIT Deputy
     * Minister"), but not a lower degree of it ("Giám đốc" in "Phó Giám đốc").
     */
    static boolean holds(String position, String office) {
        String o = Sentences.key(office).replaceFirst("^the ", "");
        for (String chunk : position.split("[,;]")) {
            String c = Sentences.key(chunk);
            if (c.isEmpty()) {
                continue;
            }
            if (c.startsWith(o) || o.startsWith(c)) {
                return true;
            }
            int at = (" " + c + " ").indexOf(" " + o + " ");
            if (at > 0) {
                String[] before = c.substring(0, at).strip().split(" ");
                if (!DEGREE.contains(before[before.length - 1])) {
                    return true;
                }
            }
        }
        return false;
    }
}
