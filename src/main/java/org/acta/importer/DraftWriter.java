package org.acta.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Ids;
import org.acta.model.Language;

/**
 * Writes a draft to the content folder: chooses each file's id against what the folder already
 * holds, refers to known people and organizations instead of writing them again, and never
 * changes a file that exists. A name that folds to no id (a title of symbols, a name in another
 * script) gets an id made from the event's date, and the summary says so.
 */
final class DraftWriter {
    private static final Pattern SHORT_NAME = Pattern.compile("^(.*?)\\s*\\((\\p{Lu}[\\p{L}\\d&-]{1,15})\\)$");
    private static final Set<String> RESERVED = Set.of("status", "assignee", "event", "print", "con", "prn", "aux",
            "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3");
    private final ContentFolder folder;
    private final KnownContent known;
    private final Draft draft;
    private final DraftFiles files;
    private final Language language;
    private final List<String> created = new ArrayList<>();
    private final List<String> reused = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> renamed = new ArrayList<>();

    DraftWriter(ContentFolder folder, KnownContent known, Draft draft, String location) {
        this.folder = folder;
        this.known = known;
        this.draft = draft;
        this.files = new DraftFiles(draft, location);
        this.language = draft.article().language();
    }

    ImportResult write() throws ImportException {
        String eventId = eventId();
        List<String> participants = new ArrayList<>();
        for (String name : draft.event().participants()) {
            addOnce(participants, organization(name));
        }
        List<String> organizers = new ArrayList<>();
        for (String name : draft.event().organizers()) {
            addOnce(organizers, organization(name));
        }
        Optional<String> chair = Optional.empty();
        if (!draft.event().chairs().isEmpty()) {
            chair = Optional.of(person(draft.event().chairs().get(0)));
        }
        List<String> speechIds = new ArrayList<>();
        List<Optional<String>> speakerIds = new ArrayList<>();
        Set<String> usedSpeechIds = new HashSet<>();
        for (Draft.Speech s : draft.speeches()) {
            Optional<String> speaker = Optional.empty();
            if (s.speaker().isPresent()) {
                speaker = Optional.of(person(s.speaker().get()));
            }
            speakerIds.add(speaker);
            speechIds.add(unique(speechId(s, speaker), usedSpeechIds));
        }
        for (int i = 0; i < draft.speeches().size(); i++) {
            write("events/" + eventId + "/" + speechIds.get(i) + ".md", files.speech(i, speakerIds.get(i)));
        }
        for (Draft.Task task : draft.tasks()) {
            writeTask(eventId, task, speechIds, speakerIds);
        }
        write("events/" + eventId + "/index.md", files.event(new DraftFiles.EventIds(eventId, organizers, participants,
                chair, speechIds)));
        return new ImportResult(folder.shown("events/" + eventId + "/index.md"), created, reused, kept,
                ImportSummary.found(draft, speechIds), ImportSummary.left(draft, renamed), known.warnings());
    }

    private void writeTask(String eventId, Draft.Task task, List<String> speechIds, List<Optional<String>> speakers)
            throws ImportException {
        String assignee = organization(task.assignee());
        List<String> partners = new ArrayList<>();
        for (String p : task.partners()) {
            addOnce(partners, organization(p));
        }
        String base = id(task.title(), 60, language == Language.EN ? "task" : "nhiem-vu", "task");
        String id = base;
        for (int n = 2; ; n++) {
            Optional<String> existing = known.read("tasks/" + id + ".md");
            boolean same = existing.filter(e -> e.contains("event: " + eventId + "\n")
                    && e.contains("title: " + DraftText.quote(task.title()))).isPresent();
            if (!known.exists("tasks/" + id + ".md") || same) {
                break;
            }
            id = base + "-" + n;
        }
        Optional<String> speech = task.speech().map(speechIds::get);
        Optional<String> by = task.speech().flatMap(speakers::get);
        write("tasks/" + id + ".md", files.task(eventId, task, assignee, partners, speech, by));
    }

    // ---- ids and references

    private String eventId() {
        String base = id(draft.event().title(), 80, language == Language.EN ? "event" : "su-kien", "event");
        String sourceLine = "  title: " + DraftText.quote(files.sourceTitle());
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            Optional<String> existing = known.read("events/" + id + "/index.md");
            if (!known.exists("events/" + id + "/index.md") || existing.filter(e -> e.contains(sourceLine)).isPresent()) {
                return id;
            }
        }
    }

    /**
     * The id for a name: its folded words, at most {@code max} characters; when nothing is left of
     * it, {@code fallback} and the event's date, noted for the summary.
     */
    private String id(String name, int max, String fallback, String what) {
        String slug = cap(Ids.slug(name), max);
        if (RESERVED.contains(slug)) {
            slug = fallback + "-" + slug;
        }
        if (!slug.isEmpty()) {
            return slug;
        }
        String stamp = !draft.event().date().isUnknown() ? draft.event().date().toString()
                : draft.article().published().map(Object::toString).orElse(language == Language.EN ? "undated"
                : "khong-ro-ngay");
        String id = fallback + "-" + stamp;
        renamed.add("the " + what + " “" + DraftText.comment(name) + "” has no letters an id can be made of; it was "
                + "given the id '" + id + "' (the event's date): rename the file if you like");
        return id;
    }

    private String organization(String written) throws ImportException {
        Matcher abbreviated = SHORT_NAME.matcher(written.strip());
        String name = abbreviated.matches() ? abbreviated.group(1) : written.strip();
        Optional<String> shortName = abbreviated.matches() ? Optional.of(abbreviated.group(2)) : Optional.empty();
        Optional<String> id = known.organization(name).or(() -> shortName.flatMap(known::organization));
        if (id.isPresent()) {
            addOnce(reused, folder.shown("organizations/" + id.get() + ".yaml"));
            return id.get();
        }
        String base = id(name, 60, language == Language.EN ? "organization" : "to-chuc", "organization");
        String fresh = base;
        for (int n = 2; known.exists("organizations/" + fresh + ".yaml"); n++) {
            fresh = base + "-" + n;
        }
        List<String> names = new ArrayList<>(List.of(name));
        shortName.ifPresent(names::add);
        known.addOrganization(fresh, names);
        write("organizations/" + fresh + ".yaml", files.organization(name, shortName));
        return fresh;
    }

    private String person(Draft.Speaker speaker) throws ImportException {
        Optional<String> id = known.person(speaker.name());
        if (id.isPresent()) {
            addOnce(reused, folder.shown("people/" + id.get() + ".yaml"));
            return id.get();
        }
        String base = id(speaker.name(), 60, language == Language.EN ? "person" : "nguoi", "person");
        String fresh = base;
        for (int n = 2; known.exists("people/" + fresh + ".yaml"); n++) {
            fresh = base + "-" + n;
        }
        known.addPerson(fresh, speaker.name());
        Optional<String> organization = Optional.empty();
        Optional<String> body = speaker.position().flatMap(p -> Organizations.within(p, language,
                known.organizationNames()));
        if (body.isPresent()) {
            organization = Optional.of(organization(body.get()));
        }
        write("people/" + fresh + ".yaml", files.person(speaker, organization));
        return fresh;
    }

    private String speechId(Draft.Speech s, Optional<String> speaker) {
        String who = speaker.map(id -> "-" + id).orElse("");
        return switch (s.roleWord()) {
            case "đề dẫn" -> "de-dan";
            case "khai mạc" -> "khai-mac";
            case "kết luận", "bế mạc" -> "ket-luan";
            case "ý kiến trao đổi" -> "y-kien-thao-luan";
            case "discussion" -> "discussion";
            default -> Ids.slug(s.roleWord()) + who;
        };
    }

    private void write(String relative, String text) throws ImportException {
        switch (folder.write(relative, text)) {
            case CREATED -> created.add(folder.shown(relative));
            case KEPT -> addOnce(kept, folder.shown(relative));
            case LINK -> addOnce(kept, folder.shown(relative) + " (a symbolic link: not followed)");
        }
    }

    private static String unique(String id, Set<String> used) {
        String fresh = id;
        for (int n = 2; !used.add(fresh); n++) {
            fresh = id + "-" + n;
        }
        return fresh;
    }

    private static void addOnce(List<String> list, String item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /** An id no longer than {@code max}, cut at a hyphen. */
    static String cap(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        int cut = id.lastIndexOf('-', max);
        return id.substring(0, cut > 0 ? cut : max);
    }
}
