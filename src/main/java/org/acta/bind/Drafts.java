package org.acta.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.fields.ContentFields;
import org.acta.model.Speech;
import org.acta.source.ContentKind;
import org.acta.source.SourceFile;
import org.acta.source.YamlNode;

/**
 * Items marked {@code draft: true}, as {@code acta import} and {@code acta new} write them. A
 * draft gets one warning, at its {@code draft:} line. A draft whose required fields are all filled
 * in is built like any other item, so that it is seen as readers will see it; a draft that still
 * leaves some empty (a file {@code acta new} started) is no error, but it is left out of the
 * content, and so of every page and export, with its speeches if it is an event: there is nothing
 * to show for it yet. What refers to such a draft is an error that names it.
 */
final class Drafts {
    private final Binding binding;
    /** The drafts left out, by {@link Ref#key}: the file of each. */
    private final Map<String, String> leftOut = new LinkedHashMap<>();

    Drafts(Binding binding) {
        this.binding = binding;
    }

    /** Warns of a file's draft mark; whether its item, just bound, is kept in the content. */
    boolean keep(SourceFile file) {
        Fields f = new Fields(file, ContentFields.of(file.kind()), binding);
        List<String> empty = binding.leftEmpty(file.path());
        f.value("draft").ifPresent(value -> {
            boolean isBoolean = value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN;
            if (!isBoolean) {
                f.error("draft", "'draft' is true or false, found " + value.describe());
            } else if (f.draft() && empty.isEmpty()) {
                f.warning("draft", "draft not yet reviewed: check it against its source, resolve its TODO notes, "
                        + "then delete the line 'draft: true'");
            } else if (f.draft()) {
                f.warning("draft", "draft not yet reviewed: fill in " + listed(empty) + ", then delete the line "
                        + "'draft: true'; until they are filled in, it is left out of the site");
            }
        });
        if (empty.isEmpty()) {
            return true;
        }
        String id = file.event().map(e -> e + "/" + file.id()).orElse(file.id());
        leftOut.put(Ref.key(file.kind(), id), file.path());
        return false;
    }

    /** The drafts left out, by {@link Ref#key}, each with its file. */
    Map<String, String> leftOut() {
        return leftOut;
    }

    /** The speeches kept: those of an event left out go with it, each with a warning. */
    List<Speech> keptSpeeches(List<Speech> speeches) {
        List<Speech> kept = new ArrayList<>();
        for (Speech speech : speeches) {
            String event = leftOut.get(Ref.key(ContentKind.EVENT, speech.event()));
            if (event == null) {
                kept.add(speech);
            } else {
                binding.report().warning(speech.origin().path(), 0, "left out of the site with its event, a draft "
                        + "whose required fields are still to be filled in: " + event);
            }
        }
        return kept;
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b' and 'c'}. */
    private static String listed(List<String> fields) {
        List<String> quoted = fields.stream().map(name -> "'" + name + "'").toList();
        return quoted.size() == 1 ? quoted.get(0) : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and "
                + quoted.get(quoted.size() - 1);
    }
}
