package org.acta.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.acta.fields.ContentFields;
import org.acta.model.Content;
import org.acta.model.Document;
import org.acta.model.Drafts;
import org.acta.model.Event;
import org.acta.model.Organization;
import org.acta.model.Origin;
import org.acta.model.Page;
import org.acta.model.Person;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.model.Withheld;
import org.acta.source.ContentKind;
import org.acta.source.SourceFile;
import org.acta.source.YamlNode;

/**
 * Which items are on the site: the one place that decides it, for every stage after binding. Items
 * marked {@code draft: true}, as {@code acta import} and {@code acta new} write them, are left out of
 * the site, with the speeches of an event left out; when the site shows drafts (the preview, a
 * staging build) a draft whose required fields are all filled in is on it, marked as a draft, and so
 * are the speeches of an event shown as a draft. A draft that still leaves a required field empty
 * is never on the site: there is nothing to show for it yet. Each draft gets one warning, at its
 * {@code draft:} line, saying which it is; what refers to an item left out is told so by
 * {@link References}.
 */
final class Publication {
    private final Binding binding;
    private final boolean shown;
    /** Each draft file read, by path: the line of its mark and the required fields it leaves empty. */
    private final Map<String, Mark> marks = new LinkedHashMap<>();
    /** The items left out, by {@link Ref#key}. */
    private final Map<String, LeftOut> leftOut = new HashMap<>();
    private final Set<String> leftOutFiles = new HashSet<>();

    private record Mark(int line, List<String> toFill) {
    }

    /**
     * An item left out of the site: the draft's file (an event's, for a speech that goes with its event),
     * and whether it is a draft still to be filled in.
     */
    record LeftOut(String draft, boolean toFill) {
    }

    /** @param shown whether the site shows the drafts whose required fields are filled in */
    Publication(Binding binding, boolean shown) {
        this.binding = binding;
        this.shown = shown;
    }

    /** Reads a file's draft mark, once its item is bound: a value other than true or false is an error. */
    void read(SourceFile file) {
        Fields f = new Fields(file, ContentFields.of(file.kind()), binding);
        f.value("draft").ifPresent(value -> {
            if (!(value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN)) {
                f.error("draft", "'draft' is true or false, found " + value.describe());
            }
        });
        if (f.draft()) {
            marks.put(file.path(), new Mark(f.lineOf("draft"), binding.leftEmpty(file.path())));
        }
    }

    /** The content on the site, of every item bound; the others are named in its drafts. */
    Content sortOut(Content bound) {
        List<Event> events = partition(bound.events(), Event::origin, e -> Ref.key(ContentKind.EVENT, e.id()));
        List<Task> tasks = partition(bound.tasks(), Task::origin, t -> Ref.key(ContentKind.TASK, t.id()));
        List<Person> people = partition(bound.people(), Person::origin, p -> Ref.key(ContentKind.PERSON, p.id()));
        List<Organization> organizations = partition(bound.organizations(), Organization::origin,
                o -> Ref.key(ContentKind.ORGANIZATION, o.id()));
        List<Document> documents = partition(bound.documents(), Document::origin,
                d -> Ref.key(ContentKind.DOCUMENT, d.id()));
        List<Page> pages = partition(bound.pages(), Page::origin, p -> Ref.key(ContentKind.PAGE, p.id()));
        List<Speech> speeches = partition(bound.speeches(), Speech::origin, Publication::speechKey).stream()
                .filter(s -> !leftOutWithEvent(s)).toList();
        warn();
        Withheld withheld = new Withheld(leftOut(bound.events(), Event::origin), leftOut(bound.speeches(),
                Speech::origin), leftOut(bound.tasks(), Task::origin), leftOut(bound.people(), Person::origin),
                leftOut(bound.organizations(), Organization::origin), leftOut(bound.documents(), Document::origin),
                leftOut(bound.pages(), Page::origin));
        return new Content(bound.site(), events, speeches, tasks, people, organizations, documents, pages,
                bound.assets(), new Drafts(files(), marked(events, speeches), withheld));
    }

    /** The item left out under {@code key} ({@link Ref#key}), if it is. */
    Optional<LeftOut> leftOut(String key) {
        return Optional.ofNullable(leftOut.get(key));
    }

    /** Whether the item written in {@code path} is left out of the site. */
    boolean isLeftOut(String path) {
        return leftOutFiles.contains(path);
    }

    private static String speechKey(Speech s) {
        return Ref.key(ContentKind.SPEECH, s.event() + "/" + s.id());
    }

    /** The items on the site; each draft left out is noted under its key. */
    private <T> List<T> partition(List<T> items, Function<T, Origin> origin, Function<T, String> key) {
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            String path = origin.apply(item).path();
            Mark mark = marks.get(path);
            if (mark == null || shown && mark.toFill().isEmpty()) {
                kept.add(item);
            } else {
                leftOut.put(key.apply(item), new LeftOut(path, !mark.toFill().isEmpty()));
                leftOutFiles.add(path);
            }
        }
        return kept;
    }

    private <T> List<T> leftOut(List<T> items, Function<T, Origin> origin) {
        return items.stream().filter(item -> leftOutFiles.contains(origin.apply(item).path())).toList();
    }

    /** Whether a speech on the site so far goes with its event, left out; a speech not a draft itself is warned. */
    private boolean leftOutWithEvent(Speech s) {
        LeftOut event = leftOut.get(Ref.key(ContentKind.EVENT, s.event()));
        if (event == null) {
            return false;
        }
        String path = s.origin().path();
        leftOut.put(speechKey(s), event);
        leftOutFiles.add(path);
        if (!marks.containsKey(path)) {
            binding.report().warning(path, 0, "left out of the site with its event, a draft"
                    + (event.toFill() ? " whose required fields are still to be filled in" : "") + ": " + event.draft());
        }
        return true;
    }

    /** The files of the drafts on the site, and of the speeches of the events among them. */
    private Set<String> marked(List<Event> events, List<Speech> speeches) {
        Set<String> marked = new LinkedHashSet<>();
        marks.keySet().stream().filter(path -> !leftOutFiles.contains(path)).forEach(marked::add);
        Set<String> draftEvents = new HashSet<>();
        events.stream().filter(e -> marks.containsKey(e.origin().path())).forEach(e -> draftEvents.add(e.id()));
        speeches.stream().filter(s -> draftEvents.contains(s.event())).forEach(s -> marked.add(s.origin().path()));
        return marked;
    }

    /** The one warning of each draft, saying what the site does with it. */
    private void warn() {
        marks.forEach((path, mark) -> binding.report().warning(path, mark.line(), !mark.toFill().isEmpty()
                ? "draft not yet reviewed: fill in " + listed(mark.toFill()) + ", then delete the line 'draft: true'; "
                        + "until they are filled in, it is left out of the site"
                : leftOutFiles.contains(path)
                ? "draft not yet reviewed, left out of the site: check it against its source, resolve its TODO "
                        + "notes, then delete the line 'draft: true' to publish it"
                : "draft not yet reviewed, shown marked as a draft (a build without --drafts leaves it out): check "
                        + "it against its source, resolve its TODO notes, then delete the line 'draft: true' to "
                        + "publish it"));
    }

    private List<Drafts.Draft> files() {
        List<Drafts.Draft> files = new ArrayList<>();
        marks.forEach((path, mark) -> files.add(new Drafts.Draft(new Origin(path, mark.line()),
                !leftOutFiles.contains(path), mark.toFill())));
        return files;
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b' and 'c'}. */
    private static String listed(List<String> fields) {
        List<String> quoted = fields.stream().map(name -> "'" + name + "'").toList();
        return quoted.size() == 1 ? quoted.get(0) : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and "
                + quoted.get(quoted.size() - 1);
    }
}
