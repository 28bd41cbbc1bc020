package org.acta.bind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.diag.Report;
import org.acta.diag.Suggestions;
import org.acta.model.Content;
import org.acta.source.ContentKind;

/** Checks every reference against the ids that exist, suggesting the closest for a mistake. */
final class References {
    private final Report report;
    private final Map<ContentKind, Set<String>> ids = new HashMap<>();

    References(Report report, Content content) {
        this.report = report;
        ids.put(ContentKind.EVENT, collect(content.events().stream().map(e -> e.id()).toList()));
        ids.put(ContentKind.SPEECH, collect(content.speeches().stream().map(s -> s.event() + "/" + s.id()).toList()));
        ids.put(ContentKind.PERSON, collect(content.people().stream().map(p -> p.id()).toList()));
        ids.put(ContentKind.ORGANIZATION, collect(content.organizations().stream().map(o -> o.id()).toList()));
        ids.put(ContentKind.DOCUMENT, collect(content.documents().stream().map(d -> d.id()).toList()));
        ids.put(ContentKind.PAGE, collect(content.pages().stream().map(p -> p.id()).toList()));
    }

    private static Set<String> collect(List<String> list) {
        return new HashSet<>(list);
    }

    void check(List<Ref> refs) {
        for (Ref ref : refs) {
            Set<String> known = ids.getOrDefault(ref.kind(), Set.of());
            if (ref.id().isEmpty() || known.contains(ref.id())) {
                continue;
            }
            if (ref.kind() == ContentKind.SPEECH) {
                checkSpeech(ref, known);
                continue;
            }
            String folder = ref.kind() == ContentKind.PERSON ? "people" : ref.kind().noun() + "s";
            String hint = Suggestions.suggestion(ref.id(), known);
            if (hint.isEmpty()) {
                hint = " (no " + ref.kind().noun() + " has a similar id; add content/" + folder + "/" + ref.id()
                        + (ref.kind() == ContentKind.PERSON || ref.kind() == ContentKind.ORGANIZATION ? ".yaml" : ".md")
                        + " or correct the id)";
                if (ref.kind() == ContentKind.EVENT) {
                    hint = " (no event has a similar id; events are the folders of content/events/)";
                }
            }
            report.error(ref.path(), ref.line(), "unknown " + ref.kind().noun() + " '" + ref.id() + "' in '"
                    + ref.field() + "'" + hint);
        }
    }

    /** A speech is named within its event: {@code event/speech}. */
    private void checkSpeech(Ref ref, Set<String> known) {
        int slash = ref.id().indexOf('/');
        String event = ref.id().substring(0, slash);
        String speech = ref.id().substring(slash + 1);
        if (event.isEmpty() || !ids.get(ContentKind.EVENT).contains(event)) {
            return; // the event itself is reported
        }
        List<String> inEvent = known.stream().filter(k -> k.startsWith(event + "/"))
                .map(k -> k.substring(event.length() + 1)).sorted().toList();
        String hint = Suggestions.suggestion(speech, inEvent);
        if (hint.isEmpty()) {
            hint = inEvent.isEmpty() ? " (event '" + event + "' has no speeches)"
                    : " (speeches of event '" + event + "': " + String.join(", ", inEvent) + ")";
        }
        report.error(ref.path(), ref.line(), "unknown speech '" + speech + "' in '" + ref.field() + "': event '"
                + event + "' has no such speech" + hint);
    }
}
