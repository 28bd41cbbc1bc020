package org.acta.bind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acta.diag.Report;
import org.acta.diag.Suggestions;
import org.acta.model.Content;
import org.acta.model.Ids;
import org.acta.source.ContentKind;
import org.acta.source.SourceTree;

/**
 * Checks every reference against the ids that exist, suggesting the items meant by a mistake, by
 * their id or their name. A reference to a file that is there but could not be read is not an
 * error of its own: that file's error is the one to fix. A reference from an item on the site to a
 * draft left out of it is a warning: the site shows it as plain text, not as a link.
 */
final class References {
    private final Report report;
    private final Map<ContentKind, Set<String>> ids = new HashMap<>();
    /** For the kinds with names or titles: each id and its name written as an id. */
    private final Map<ContentKind, Map<String, String>> names = new HashMap<>();
    private final Set<String> unreadable = new HashSet<>();
    private final Publication publication;

    /** @param publication which items are left out of the site, each with its draft */
    References(Report report, Content content, List<SourceTree.Unreadable> unreadable, Publication publication) {
        this.publication = publication;
        this.report = report;
        ids.put(ContentKind.EVENT, collect(content.events().stream().map(e -> e.id()).toList()));
        ids.put(ContentKind.SPEECH, collect(content.speeches().stream().map(s -> s.event() + "/" + s.id()).toList()));
        ids.put(ContentKind.PERSON, collect(content.people().stream().map(p -> p.id()).toList()));
        ids.put(ContentKind.ORGANIZATION, collect(content.organizations().stream().map(o -> o.id()).toList()));
        ids.put(ContentKind.DOCUMENT, collect(content.documents().stream().map(d -> d.id()).toList()));
        ids.put(ContentKind.PAGE, collect(content.pages().stream().map(p -> p.id()).toList()));
        names.put(ContentKind.PERSON, named(content.people(), p -> p.id(), p -> p.name()));
        names.put(ContentKind.ORGANIZATION, named(content.organizations(), o -> o.id(), o -> o.name()));
        names.put(ContentKind.EVENT, named(content.events(), e -> e.id(), e -> e.title()));
        names.put(ContentKind.DOCUMENT, named(content.documents(), d -> d.id(), d -> d.title()));
        for (SourceTree.Unreadable u : unreadable) {
            this.unreadable.add(Ref.key(u.kind(), u.event().map(e -> e + "/" + u.id()).orElse(u.id())));
        }
    }

    private static Set<String> collect(List<String> list) {
        return new HashSet<>(list);
    }

    private static <T> Map<String, String> named(List<T> items, java.util.function.Function<T, String> id,
                                                 java.util.function.Function<T, String> name) {
        Map<String, String> named = new TreeMap<>();
        items.forEach(item -> named.put(id.apply(item), Ids.slug(name.apply(item))));
        return named;
    }

    void check(List<Ref> refs) {
        for (Ref ref : refs) {
            Set<String> known = ids.getOrDefault(ref.kind(), Set.of());
            if (ref.id().isEmpty() || known.contains(ref.id()) || unreadable.contains(Ref.key(ref.kind(), ref.id()))) {
                continue;
            }
            java.util.Optional<Publication.LeftOut> draft = publication.leftOut(Ref.key(ref.kind(), ref.id()));
            if (draft.isPresent()) {
                warnOfDraft(ref, draft.get());
                continue;
            }
            if (ref.kind() == ContentKind.SPEECH) {
                checkSpeech(ref, known);
                continue;
            }
            String folder = ref.kind() == ContentKind.PERSON ? "people" : ref.kind().noun() + "s";
            String hint = names.containsKey(ref.kind()) ? Suggestions.suggestionNamed(ref.id(), names.get(ref.kind()))
                    : Suggestions.suggestion(ref.id(), known);
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

    /**
     * A reference from an item on the site to a draft left out of it; none from an item left out, nor to a
     * speech that goes with its event (the reference to the event is the one told).
     */
    private void warnOfDraft(Ref ref, Publication.LeftOut draft) {
        boolean withEvent = ref.kind() == ContentKind.SPEECH && publication.leftOut(Ref.key(ContentKind.EVENT,
                ref.id().substring(0, ref.id().indexOf('/')))).isPresent();
        if (publication.isLeftOut(ref.path()) || withEvent) {
            return;
        }
        String id = ref.kind() == ContentKind.SPEECH ? ref.id().substring(ref.id().indexOf('/') + 1) : ref.id();
        report.warning(ref.path(), ref.line(), "'" + ref.field() + "' names " + ref.kind().noun() + " '" + id + "', "
                + (draft.toFill() ? "a draft whose required fields are still to be filled in, so left out of the site: "
                + "shown as plain text, not a link, until it is filled in (" + draft.draft() + ")"
                : "a draft, so left out of the site: shown as plain text, not a link, until its line 'draft: true' is "
                + "deleted (" + draft.draft() + ")"));
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
