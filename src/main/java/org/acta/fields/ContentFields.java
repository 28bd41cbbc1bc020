package org.acta.fields;

import static org.acta.fields.Field.optional;
import static org.acta.fields.Field.required;
import static org.acta.fields.Field.requiredExcept;
import static org.acta.fields.FieldType.addresses;
import static org.acta.fields.FieldType.assetPath;
import static org.acta.fields.FieldType.bool;
import static org.acta.fields.FieldType.choice;
import static org.acta.fields.FieldType.date;
import static org.acta.fields.FieldType.evidence;
import static org.acta.fields.FieldType.ids;
import static org.acta.fields.FieldType.mapping;
import static org.acta.fields.FieldType.mappings;
import static org.acta.fields.FieldType.markdown;
import static org.acta.fields.FieldType.markdowns;
import static org.acta.fields.FieldType.number;
import static org.acta.fields.FieldType.period;
import static org.acta.fields.FieldType.reference;
import static org.acta.fields.FieldType.references;
import static org.acta.fields.FieldType.text;
import static org.acta.fields.FieldType.texts;
import static org.acta.fields.FieldType.webAddress;
import static org.acta.fields.FieldType.wholeNumber;

import java.util.List;
import org.acta.model.Recurrence;
import org.acta.model.SpeechRole;
import org.acta.model.TaskStatus;
import org.acta.source.ContentKind;

/**
 * Every field of every kind of content, declared once. Binding knows a field, and names the
 * closest one for a misspelt field, because it is here; the field tables of
 * {@code docs/content-format.md} are made from these declarations, and a test fails when they
 * differ. A new field is one line here, then the record that holds it and the page that shows it.
 */
public final class ContentFields {
    private ContentFields() {
    }

    /** Fields that every item (not site.yaml) may have. */
    public static final FieldSet EVERY_ITEM = set("item",
            optional("draft", bool(), "`true` or `false`; `true` marks an item not yet reviewed: left out of the "
                    + "published site, shown by `serve` and `build --drafts`; it may leave its required fields empty"),
            optional("former_ids", ids(), "list of ids the item had before it was renamed: each old address "
                    + "sends readers on to its page"));

    public static final FieldSet SITE = set("site",
            required("title", text(), "the site's title"),
            required("base_url", webAddress(), "the full address the site is published at; used for feeds, the "
                    + "sitemap and canonical links"),
            optional("language", choice(List.of("vi", "en")), "`vi` (the default) or `en`: the language of the "
                    + "interface and the format of dates and numbers"),
            optional("description", text(), "one sentence, shown on the home page and in feeds"),
            optional("as_of", date(), "the date against which task status is judged (see Tasks, below); by "
                    + "default, the day of the build"),
            optional("due_soon_days", wholeNumber(), "how many days ahead a due date makes a task \"due soon\"; by "
                    + "default 30 (see Extensions)"),
            optional("removed", addresses(), "list of site addresses taken off the site on purpose, such as "
                    + "`/events/x/`: `check` does not warn that the live site has them (see Extensions)"));

    public static final FieldSet FIGURE = set("event.figures",
            required("label", text(), "what the number counts, in the words of the source"),
            required("value", number(), "the number, written the YAML way: `138090`, `2.2`"),
            optional("unit", text(), "its unit: `người`, `%`, `triệu`"),
            optional("note", text(), "the qualifier the source uses (`trên`, `gần`, `over`), so that `value` "
                    + "stays exact"));

    public static final FieldSet SOURCE = set("event.source",
            required("title", text(), "the title of the report"),
            optional("url", webAddress(), "its web address"),
            optional("publisher", text(), "who published it"),
            optional("date", date(), "when it was published, a [date](#dates)"));

    public static final FieldSet EVENT = item("event",
            required("title", text(), "the event's title, as published"),
            required("date", date(), "a [date](#dates); partial, approximate (`~`) or `unknown`"),
            optional("date_note", text(), "free text: where the date comes from, or why it is not known"),
            optional("end_date", date(), "the last day, for an event over several days"),
            optional("kind", text(), "free text: \"Hội nghị tọa đàm\", \"conference\", \"meeting\"…"),
            optional("location", text(), "free text"),
            optional("organizers", references(ContentKind.ORGANIZATION), "list of organization ids"),
            optional("participants", references(ContentKind.ORGANIZATION), "list of organization ids whose "
                    + "representatives attended"),
            optional("chair", reference(ContentKind.PERSON), "a person id"),
            optional("documents", references(ContentKind.DOCUMENT), "list of document ids the event acts on"),
            optional("tags", texts(), "list of free-text tags; Vietnamese is fine"),
            optional("figures", mappings(FIGURE), "list of key statistics cited at the event, each "
                    + "`{label, value, unit?, note?}`; `value` must be a number"),
            optional("conclusions", markdowns(), "list of Markdown strings: what the event concluded"),
            optional("source", mapping(SOURCE), "where the report of the event was first published: "
                    + "`{title, url?, publisher?, date?}`"));

    public static final FieldSet SPEECH = item("speech",
            required("title", text(), "the speech's title"),
            requiredExcept("speaker", reference(ContentKind.PERSON), "a person id",
                    "but see [Extensions](#extensions-to-the-shared-contract)"),
            optional("speaker_note", text(), "free text shown in place of the speaker, for a `discussion` speech "
                    + "that has no `speaker`"),
            required("role", choice(SpeechRole.ids()), "`opening` (đề dẫn), `keynote`, `discussion` (tham luận, ý "
                    + "kiến), `conclusion` (kết luận) or `remarks` (phát biểu)"),
            optional("position", text(), "the speaker's position as stated at the time; if left out, the position "
                    + "the person held on the event's date, from their `positions`"),
            optional("order", wholeNumber(), "a whole number; speeches are listed by `order`, then by id"),
            optional("summary", text(), "one or two sentences, for lists and search results"));

    public static final FieldSet TARGET = set("task.target",
            required("value", number(), "how much is to be achieved, a number (per period, for a task with "
                    + "`recurrence`)"),
            required("unit", text(), "what is counted: `lớp bồi dưỡng mỗi năm`"));

    public static final FieldSet QUOTE = set("task.quote",
            required("text", text(), "the sentence as spoken, as the speech's text has it"),
            optional("heading", text(), "the heading of the speech it is under, for a sentence said more than "
                    + "once or a long speech"));

    public static final FieldSet UPDATE = set("task.updates",
            required("date", date(), "when the progress was reported, a [date](#dates)"),
            required("note", text(), "what happened"),
            optional("status", choice(TaskStatus.ids()), "the task's status from this update on"),
            optional("progress", wholeNumber(), "a percentage, 0 to 100"),
            optional("evidence", evidence(), "a URL, or the id of a document"),
            optional("period", period(), "for a task with a `target`: the period the `value` counts towards, "
                    + "`2024`, `2024-Q1` or `2024-03`"),
            optional("value", number(), "for a task with a `target`: what was achieved in that period"));

    public static final FieldSet TASK = item("task",
            required("title", text(), "what is to be done, written as an instruction"),
            required("event", reference(ContentKind.EVENT), "the id of the event where it was assigned"),
            optional("speech", reference(ContentKind.SPEECH), "the id of the speech, in that event, that "
                    + "assigned it"),
            optional("quote", mapping(QUOTE), "the words of that speech that assigned it, as spoken: the sentence "
                    + "as text, or `{text, heading?}` with the heading it is under; the task page quotes it and the "
                    + "speech page marks it"),
            optional("assigned_by", reference(ContentKind.PERSON), "a person id"),
            required("assignee", reference(ContentKind.ORGANIZATION), "the id of the organization responsible"),
            optional("partners", references(ContentKind.ORGANIZATION), "list of organization ids that take part"),
            optional("due", date(), "a partial [date](#dates), read as the end of that period"),
            optional("recurrence", choice(Recurrence.ids()), "`yearly`, `quarterly` or `monthly`: a standing "
                    + "task, judged period by period"),
            optional("target", mapping(TARGET), "a measurable target `{value, unit}`"),
            optional("status", choice(TaskStatus.ids()), "`open` (the default), `in-progress`, `done` or "
                    + "`cancelled`"),
            optional("updates", mappings(UPDATE), "the progress log: a list of updates in date order (below)"));

    public static final FieldSet POSITION = set("person.positions",
            required("title", text(), "the position, as the sources name it"),
            optional("organization", reference(ContentKind.ORGANIZATION), "the id of the organization it is in"),
            optional("from", date(), "when it began, a [date](#dates)"),
            optional("to", date(), "when it ended, a [date](#dates)"));

    public static final FieldSet PERSON = item("person",
            required("name", text(), "the full name, with diacritics"),
            optional("positions", mappings(POSITION), "list of `{title, organization?, from?, to?}`; "
                    + "`organization` is an id, `from` and `to` are [dates](#dates)"),
            optional("bio", markdown(), "Markdown"),
            optional("photo", assetPath(), "a path under `assets/`"));

    public static final FieldSet ORGANIZATION = item("organization",
            required("name", text(), "the full name"),
            optional("short_name", text(), "a shorter form for lists"),
            optional("parent", reference(ContentKind.ORGANIZATION), "the id of the organization it belongs to"),
            optional("kind", text(), "free text"),
            optional("url", webAddress(), "its website"));

    public static final FieldSet DOCUMENT = item("document",
            required("title", text(), "the document's title"),
            optional("number", text(), "its official number, e.g. `01-Ctr/TU`"),
            optional("issuer", reference(ContentKind.ORGANIZATION), "an organization id"),
            optional("date", date(), "a partial [date](#dates)"),
            optional("period", text(), "free text, e.g. `2021–2025`"),
            optional("url", webAddress(), "its web address"));

    public static final FieldSet PAGE = item("page",
            required("title", text(), "the page's title, also its name in the menu"),
            optional("order", wholeNumber(), "a whole number: the page's place in the menu"));

    /** Every set, top-level kinds first, each followed by the sets nested in it. */
    public static List<FieldSet> all() {
        return List.of(SITE, EVENT, FIGURE, SOURCE, SPEECH, TASK, QUOTE, TARGET, UPDATE, PERSON, POSITION, ORGANIZATION,
                DOCUMENT, PAGE, EVERY_ITEM);
    }

    /** The fields of a kind of file. */
    public static FieldSet of(ContentKind kind) {
        return switch (kind) {
            case SITE -> SITE;
            case EVENT -> EVENT;
            case SPEECH -> SPEECH;
            case TASK -> TASK;
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case DOCUMENT -> DOCUMENT;
            case PAGE -> PAGE;
        };
    }

    private static FieldSet set(String name, Field... fields) {
        return new FieldSet(name, List.of(fields), List.of());
    }

    private static FieldSet item(String name, Field... fields) {
        return new FieldSet(name, List.of(fields), EVERY_ITEM.own());
    }
}
