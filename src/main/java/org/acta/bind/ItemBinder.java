package org.acta.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acta.diag.Report;
import org.acta.diag.Suggestions;
import org.acta.fields.ContentFields;
import org.acta.model.Citation;
import org.acta.model.Document;
import org.acta.model.Event;
import org.acta.model.Figure;
import org.acta.model.Organization;
import org.acta.model.Page;
import org.acta.model.PartialDate;
import org.acta.model.Person;
import org.acta.model.Origin;
import org.acta.model.Position;
import org.acta.model.Quote;
import org.acta.model.Recurrence;
import org.acta.model.Speech;
import org.acta.model.SpeechRole;
import org.acta.model.Target;
import org.acta.model.Task;
import org.acta.model.TaskStatus;
import org.acta.model.TaskUpdate;
import org.acta.source.ContentKind;
import org.acta.source.SourceFile;
import org.acta.source.YamlNode;

/** One method a content kind: its fields as {@link ContentFields} declares them, checked and bound. */
final class ItemBinder {
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");

    private final Binding binding;
    private final Report report;
    private final List<String> assetPaths;
    private final FormerIds formerIds;

    ItemBinder(Binding binding, List<String> assetPaths, FormerIds formerIds) {
        this.binding = binding;
        this.report = binding.report();
        this.assetPaths = List.copyOf(assetPaths);
        this.formerIds = formerIds;
    }

    private Fields fields(SourceFile file) {
        return new Fields(file, ContentFields.of(file.kind()), binding);
    }

    Event event(SourceFile file) {
        Fields f = fields(file);
        String title = f.requiredText("title", file.id());
        PartialDate date = f.date("date").orElseGet(() -> {
            if (f.value("date").isEmpty()) {
                f.missing("date", " (write YYYY, YYYY-MM or YYYY-MM-DD, or 'unknown' with a 'date_note' when the "
                        + "sources give none)");
            }
            return PartialDate.UNKNOWN;
        });
        Optional<PartialDate> endDate = f.knownDate("end_date");
        if (endDate.isPresent() && !date.isUnknown() && endDate.get().end().isBefore(date.start())) {
            f.error("end_date", "'end_date' " + endDate.get() + " is before the event's date " + date);
        }
        List<Figure> figures = new ArrayList<>();
        for (Fields item : f.mappings("figures")) {
            String label = item.requiredText("label", "");
            item.number("value").ifPresentOrElse(
                    value -> figures.add(new Figure(label, value, item.text("unit"), item.text("note"))),
                    () -> {
                        if (item.value("value").isEmpty()) {
                            item.missing("value");
                        }
                    });
            item.warnUnknown();
        }
        Optional<Citation> source = f.nested("source").map(s -> {
            Citation citation = new Citation(s.requiredText("title", ""), s.url("url"), s.text("publisher"),
                    s.knownDate("date"));
            s.warnUnknown();
            return citation;
        });
        Event event = new Event(file.id(), title, date, f.text("date_note"), endDate, f.text("kind"),
                f.text("location"), f.refs("organizers"), f.refs("participants"), f.ref("chair"), f.refs("documents"),
                f.texts("tags"), figures, f.markdowns("conclusions"), source, ContentBinder.body(file),
                formerIds.read(f, file), f.origin());
        f.warnUnknown();
        return event;
    }

    /** The folder of an event's printable volume: a speech cannot take its URL. */
    static final String PRINT_VOLUME = "print";

    Speech speech(SourceFile file) {
        Fields f = fields(file);
        if (file.id().equals(PRINT_VOLUME)) {
            report.error(file.path(), 0, "a speech cannot be named 'print': /events/<event-id>/print/ is the "
                    + "event's printable volume; rename the file");
        }
        String title = f.requiredText("title", file.id());
        SpeechRole role = f.choice("role", SpeechRole::fromId).orElse(SpeechRole.REMARKS);
        if (f.value("role").isEmpty()) {
            f.missing("role", " (one of: " + String.join(", ", SpeechRole.ids()) + ")");
        }
        Optional<String> speaker = f.ref("speaker");
        Optional<String> speakerNote = f.text("speaker_note");
        if (speaker.isEmpty() && f.value("speaker").isEmpty()) {
            if (!ContentBinder.speakerOptional(role)) {
                f.missing("speaker");
            } else if (speakerNote.isEmpty() && !f.draft()) {
                report.error(file.path(), f.line(), "a discussion record without a 'speaker' needs a 'speaker_note' "
                        + "saying who spoke (e.g. \"Các đại biểu dự Hội nghị\")");
            }
        }
        Speech speech = new Speech(file.id(), file.event().orElseThrow(), title, speaker, speakerNote, role,
                f.text("position"), f.integer("order"), f.text("summary"), ContentBinder.body(file),
                formerIds.read(f, file), f.origin());
        f.warnUnknown();
        return speech;
    }

    /** Folders of the tracker's static views under /tasks/: a task cannot take their URL. */
    static final List<String> RESERVED_TASK_IDS = List.of("status", "assignee", "event");

    Task task(SourceFile file) {
        Fields f = fields(file);
        if (RESERVED_TASK_IDS.contains(file.id())) {
            report.error(file.path(), 0, "a task cannot be named '" + file.id() + "': /tasks/" + file.id()
                    + "/ holds the tracker's views by " + file.id() + "; rename the file");
        }
        String title = f.requiredText("title", file.id());
        String event = f.ref("event").orElse("");
        if (event.isEmpty() && f.value("event").isEmpty()) {
            f.missing("event");
        }
        Optional<String> speech = f.text("speech").map(String::strip);
        speech.ifPresent(s -> binding.refer(new Ref(ContentKind.SPEECH, event + "/" + s, file.path(),
                f.lineOf("speech"), "speech")));
        String assignee = f.ref("assignee").orElse("");
        if (assignee.isEmpty() && f.value("assignee").isEmpty()) {
            f.missing("assignee");
        }
        Optional<Recurrence> recurrence = f.choice("recurrence", Recurrence::fromId);
        Optional<Target> target = f.nested("target").flatMap(t -> {
            Optional<Target> bound = t.number("value").map(v -> new Target(v, t.requiredText("unit", "")));
            if (t.value("value").isEmpty()) {
                t.missing("value");
            }
            t.warnUnknown();
            return bound;
        });
        TaskStatus status = f.choice("status", TaskStatus::fromId).orElse(TaskStatus.OPEN);
        List<TaskUpdate> updates = new ArrayList<>();
        for (Fields u : f.mappings("updates")) {
            updates.add(update(u, recurrence, target.isPresent() || f.value("target").isPresent()));
        }
        checkOrder(updates);
        Task task = new Task(file.id(), title, event, speech, quote(f, speech.isPresent()), f.ref("assigned_by"),
                assignee, f.refs("partners"), f.knownDate("due"), recurrence, target, status, updates,
                ContentBinder.body(file), formerIds.read(f, file), f.origin());
        f.warnUnknown();
        checkDone(task, f);
        return task;
    }

    /**
     * The words that assigned a task: {@code quote: "…"}, or {@code quote: {text, heading}}. Whether
     * the speech says them is for the page that shows the speech to find.
     */
    private static Optional<Quote> quote(Fields f, boolean namesSpeech) {
        Optional<YamlNode> value = f.value("quote");
        Origin origin = new Origin(f.path(), f.lineOf("quote"));
        Optional<Quote> quote = value.isPresent() && value.get() instanceof YamlNode.Scalar
                ? f.text("quote").map(text -> new Quote(text.strip(), Optional.empty(), origin))
                : f.nested("quote").flatMap(q -> {
                    String text = q.requiredText("text", "").strip();
                    Optional<String> heading = q.text("heading").map(String::strip);
                    q.warnUnknown();
                    return text.isEmpty() ? Optional.empty() : Optional.of(new Quote(text, heading, origin));
                });
        if (quote.isPresent() && !namesSpeech) {
            f.warning("quote", "'quote' gives the words of the speech that assigned the task, but the task names no "
                    + "'speech'; add the speech's id so that the quotation links to its place");
        }
        return quote;
    }

    /** A task marked done should say when and how: an update, with evidence. */
    private void checkDone(Task task, Fields f) {
        if (task.currentStatus() != TaskStatus.DONE || task.updates().stream().anyMatch(u -> u.evidence().isPresent())) {
            return;
        }
        if (task.updates().isEmpty()) {
            f.warning("status", "task is marked done without any update; add an update saying when it was done, "
                    + "with 'evidence' (a URL or a document id)");
            return;
        }
        TaskUpdate marked = task.updates().stream().filter(u -> u.status().isPresent()).reduce((a, b) -> b)
                .orElse(task.updates().get(task.updates().size() - 1));
        report.warning(marked.origin().path(), marked.origin().line(), "task is marked done without evidence; "
                + "add 'evidence' (a URL or a document id) to the update that reports it");
    }

    private TaskUpdate update(Fields u, Optional<Recurrence> recurrence, boolean hasTarget) {
        PartialDate date = u.knownDate("date").orElseGet(() -> {
            if (u.value("date").isEmpty()) {
                u.missing("date");
            }
            return PartialDate.UNKNOWN;
        });
        String note = u.requiredText("note", "");
        Optional<Integer> progress = u.integer("progress").filter(p -> {
            boolean inRange = p >= 0 && p <= 100;
            if (!inRange) {
                u.error("progress", "'" + u.name("progress") + "' is a percentage from 0 to 100, found " + p);
            }
            return inRange;
        });
        Optional<String> evidence = u.text("evidence").map(String::strip).filter(e -> {
            boolean external = e.contains(":") || e.startsWith("//");
            if (external && !Fields.isWebAddress(e)) {
                u.error("evidence", "'" + u.name("evidence") + "' is a document id, a site address such as "
                        + "/documents/x/, or a web address starting with https://; found '" + e + "'");
                return false;
            }
            return true;
        });
        evidence.filter(e -> !e.contains("://") && !e.startsWith("/"))
                .ifPresent(id -> binding.refer(new Ref(ContentKind.DOCUMENT, id, u.path(), u.lineOf("evidence"),
                        u.name("evidence"))));
        Optional<String> period = u.text("period").map(String::strip).filter(p -> {
            boolean valid = PERIOD.matcher(p).matches() && matches(p, recurrence);
            if (!valid) {
                u.error("period", "'" + u.name("period") + "' cannot be '" + p + "' (write " + periodForm(recurrence)
                        + ")");
            }
            return valid;
        });
        Optional<java.math.BigDecimal> value = u.number("value");
        if (value.isPresent() && !hasTarget) {
            u.error("value", "'" + u.name("value") + "' records what was achieved against a target, but the task "
                    + "has no 'target'; add one ({value, unit}) or remove the value");
        }
        if (value.isPresent() && hasTarget && recurrence.isPresent() && u.value("period").isEmpty()
                && !date.isUnknown() && !withinOnePeriod(date, recurrence.get())) {
            u.error("value", "'" + u.name("value") + "' does not say which period it counts for: the date " + date
                    + " spans several; add 'period' (" + periodForm(recurrence) + ")");
        }
        TaskUpdate update = new TaskUpdate(date, note, u.choice("status", TaskStatus::fromId),
                progress, evidence, period, value, u.origin());
        u.warnUnknown();
        return update;
    }

    /** Whether a date falls within one period of a recurrence: {@code 2024-03} in a quarter, not {@code 2024}. */
    private static boolean withinOnePeriod(PartialDate date, Recurrence recurrence) {
        return switch (recurrence) {
            case YEARLY -> true;
            case QUARTERLY -> date.precision() != PartialDate.Precision.YEAR;
            case MONTHLY -> date.precision() != PartialDate.Precision.YEAR;
        };
    }

    private static boolean matches(String period, Optional<Recurrence> recurrence) {
        return recurrence.map(r -> switch (r) {
            case YEARLY -> period.length() == 4;
            case QUARTERLY -> period.contains("Q");
            case MONTHLY -> period.length() == 7 && !period.contains("Q");
        }).orElse(true);
    }

    private static String periodForm(Optional<Recurrence> recurrence) {
        return recurrence.map(r -> switch (r) {
            case YEARLY -> "a year such as 2024, for a yearly task";
            case QUARTERLY -> "a quarter such as 2024-Q1, for a quarterly task";
            case MONTHLY -> "a month such as 2024-03, for a monthly task";
        }).orElse("a year 2024, a quarter 2024-Q1 or a month 2024-03");
    }

    private void checkOrder(List<TaskUpdate> updates) {
        for (int i = 1; i < updates.size(); i++) {
            PartialDate before = updates.get(i - 1).date();
            PartialDate after = updates.get(i).date();
            if (!before.isUnknown() && !after.isUnknown() && after.end().isBefore(before.start())) {
                TaskUpdate u = updates.get(i);
                report.error(u.origin().path(), u.origin().line(), "update dated " + after
                        + " comes after one dated " + before + "; the progress log is kept in date order, oldest "
                        + "first: move this update up");
            }
        }
    }

    Person person(SourceFile file) {
        Fields f = fields(file);
        String name = f.requiredText("name", file.id());
        List<Position> positions = new ArrayList<>();
        for (Fields p : f.mappings("positions")) {
            Optional<PartialDate> from = p.knownDate("from");
            Optional<PartialDate> to = p.knownDate("to");
            if (from.isPresent() && to.isPresent() && to.get().end().isBefore(from.get().start())) {
                p.error("to", "'" + p.name("to") + "' " + to.get() + " is before 'from' " + from.get());
            }
            positions.add(new Position(p.requiredText("title", ""), p.ref("organization"), from, to));
            p.warnUnknown();
        }
        Optional<String> photo = f.text("photo").map(String::strip).filter(path -> checkPhoto(f, path));
        Person person = new Person(file.id(), name, positions, f.markdown("bio"), photo, formerIds.read(f, file),
                f.origin());
        f.warnUnknown();
        return person;
    }

    private boolean checkPhoto(Fields f, String photo) {
        String path = photo.startsWith("assets/") ? photo.substring("assets/".length()) : photo;
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.contains("://")) {
            f.error("photo", "'photo' must be a path under assets/ such as people/name.jpg, found '" + photo + "'");
            return false;
        }
        if (!assetPaths.contains(path)) {
            f.error("photo", "'photo' names '" + photo + "', which is not a file under assets/"
                    + Suggestions.suggestion(path, assetPaths));
            return false;
        }
        return true;
    }

    Organization organization(SourceFile file) {
        Fields f = fields(file);
        Organization organization = new Organization(file.id(), f.requiredText("name", file.id()),
                f.text("short_name"), f.ref("parent"), f.text("kind"), f.url("url"), formerIds.read(f, file),
                f.origin());
        if (organization.parent().filter(file.id()::equals).isPresent()) {
            f.error("parent", "an organization cannot be its own parent");
        }
        f.warnUnknown();
        return organization;
    }

    Document document(SourceFile file) {
        Fields f = fields(file);
        Document document = new Document(file.id(), f.requiredText("title", file.id()), f.text("number"),
                f.ref("issuer"), f.knownDate("date"), f.text("period"), f.url("url"),
                ContentBinder.body(file), formerIds.read(f, file), f.origin());
        f.warnUnknown();
        return document;
    }

    /** Top-level folders of the generated site: a page cannot take their URL. */
    static final List<String> RESERVED_PAGE_IDS = List.of("events", "tasks", "people", "organizations", "documents",
            "tags", "search", "static", "assets", "404");

    Page page(SourceFile file) {
        Fields f = fields(file);
        if (RESERVED_PAGE_IDS.contains(file.id())) {
            report.error(file.path(), 0, "a page cannot be named '" + file.id() + "': /" + file.id()
                    + "/ is already a part of the site; rename the file");
        }
        Page page = new Page(file.id(), f.requiredText("title", file.id()), f.integer("order"),
                ContentBinder.body(file), formerIds.read(f, file), f.origin());
        f.warnUnknown();
        return page;
    }
}
