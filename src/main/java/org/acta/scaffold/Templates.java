package org.acta.scaffold;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The text of each kind's new file. It starts as a draft ({@code draft: true}); a required value
 * that cannot be known from the command line is left empty, with a comment saying what goes there,
 * so that nothing in a new file can pass for content: the build refuses the file while a required
 * value is empty, unless it stays a draft. Optional fields are comments with an example that is
 * not an id of the site ({@code person-id}). Every field written, commented or not, is one
 * {@link org.acta.fields.ContentFields} declares for the kind, and every required one is written
 * (NewCommandTest).
 */
final class Templates {
    /** The column comments start at, so that the values line up. */
    private static final int COMMENT_COLUMN = 36;

    private final String id;
    private final Optional<String> name;
    private final String today;
    private final Optional<String> event;

    /**
     * @param name  the name or title given on the command line, written as its kind's name field
     * @param today the date the commented examples show
     */
    Templates(String id, Optional<String> name, LocalDate today, Optional<String> event) {
        this.id = id;
        this.name = name;
        this.today = today.toString();
        this.event = event;
    }

    String text(Kind kind, int order) {
        return switch (kind) {
            case EVENT -> event();
            case SPEECH -> speech(order);
            case TASK -> task();
            case PERSON -> person();
            case ORGANIZATION -> organization();
            case DOCUMENT -> document();
            case PAGE -> page();
        };
    }

    /** {@code field: value} with a comment lined up after it. */
    private static String line(String field, String comment) {
        StringBuilder line = new StringBuilder(field);
        do {
            line.append(' ');
        } while (line.length() < COMMENT_COLUMN);
        return line.append("# ").append(comment).append('\n').toString();
    }

    private static String draft(String noun) {
        return line("draft: true", "a draft: delete this line when the " + noun + " is ready to publish");
    }

    /** A required value that cannot be known: left empty, with what goes there. */
    private static String required(String field, String what) {
        return line(field + ":", "required: " + what);
    }

    /** The name or title given, in quotes, or left empty with what goes there. */
    private String named(String field, String what) {
        return name.map(n -> line(field + ": " + quoted(n), what)).orElseGet(() -> required(field, what));
    }

    /** Text in YAML double quotes. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String event() {
        return "---\n"
                + draft("event")
                + named("title", "the event's title, as published")
                + required("date", "YYYY, YYYY-MM or YYYY-MM-DD; 2023~ if approximate; unknown")
                + line("# date_note: \"…\"", "where the date comes from, or why it is not known")
                + line("# end_date: " + today, "for an event over several days")
                + line("# kind: \"hội nghị tọa đàm\"", "conference, seminar, meeting…")
                + "# location: \"Hà Nội\"\n"
                + line("# organizers: [organization-id]", "organization ids (content/organizations/)")
                + "# participants: [organization-id]\n"
                + line("# chair: person-id", "a person id (content/people/)")
                + line("# documents: [document-id]", "the documents the event acts on")
                + "# tags: [\"phát triển đảng viên\"]\n"
                + line("# figures:", "key statistics cited at the event")
                + "#   - {label: \"Đảng viên mới kết nạp\", value: 120, unit: \"người\"}\n"
                + line("# conclusions:", "Markdown, one item a conclusion")
                + "#   - \"…\"\n"
                + "# source: {title: \"…\", url: \"https://…\", publisher: \"…\", date: " + today + "}\n"
                + "# Each speech is a file of its own: ./acta new speech SPEECH-ID --event " + id + "\n"
                + body("the summary of the event, in Markdown.");
    }

    /** After the front matter: nothing, so that no placeholder is ever published; a comment says what goes there. */
    private static String body(String what) {
        return "# Below the closing '---': " + what + "\n---\n";
    }

    private String speech(int order) {
        return "---\n"
                + draft("speech")
                + required("title", "the speech's title")
                + required("speaker", "the speaker's person id (content/people/)")
                + required("role", "opening, keynote, discussion, conclusion or remarks")
                + line("order: " + order, "speeches are listed by order, then id")
                + line("# speaker_note: \"Các đại biểu\"", "a discussion without one speaker: who spoke, "
                        + "instead of speaker")
                + line("# position: \"…\"", "the speaker's position as stated at the time")
                + line("# summary: \"…\"", "one or two sentences for lists and search results")
                + body("the speech, or the report of it, in Markdown.");
    }

    private String task() {
        return "---\n"
                + draft("task")
                + required("title", "what is to be done, as an instruction")
                + line("event: " + event.orElseThrow(), "the event where it was assigned")
                + required("assignee", "the id of the organization responsible (content/organizations/)")
                + line("# speech: speech-id", "the speech, in that event, that assigned it")
                + line("# assigned_by: person-id", "a person id")
                + line("# partners: [organization-id]", "organizations that take part")
                + line("# due: " + today, "YYYY, YYYY-MM or YYYY-MM-DD")
                + line("# recurrence: yearly", "yearly, quarterly, monthly: a standing task")
                + "# target: {value: 2, unit: \"lớp bồi dưỡng mỗi năm\"}\n"
                + line("status: open", "open, in-progress, done, cancelled")
                + line("# updates:", "the progress log, oldest first")
                + "#   - date: " + today + "\n"
                + "#     note: \"…\"\n"
                + "#     status: in-progress\n"
                + line("#     progress: 10", "0 to 100")
                + body("the detail of the task, in Markdown.");
    }

    private String person() {
        return draft("person")
                + named("name", "the person's full name, with its diacritics")
                + line("# positions:", "positions change over time")
                + "#   - title: \"…\"\n"
                + "#     organization: organization-id\n"
                + "#     from: " + today + "\n"
                + "#     to: " + today + "\n"
                + line("# bio: |", "Markdown")
                + "#   …\n"
                + line("# photo: people/" + id + ".jpg", "a path under content/assets/");
    }

    private String organization() {
        return draft("organization")
                + named("name", "the organization's full name")
                + "# short_name: \"…\"\n"
                + line("# parent: organization-id", "the organization it belongs to")
                + "# kind: \"…\"\n"
                + "# url: \"https://…\"\n";
    }

    private String document() {
        return "---\n"
                + draft("document")
                + named("title", "the document's title")
                + line("# number: \"01-Ctr/TU\"", "its official number")
                + line("# issuer: organization-id", "an organization id")
                + line("# date: " + today, "YYYY, YYYY-MM or YYYY-MM-DD")
                + "# period: \"2021–2025\"\n"
                + "# url: \"https://…\"\n"
                + body("a summary of the document, in Markdown.");
    }

    private String page() {
        return "---\n"
                + draft("page")
                + required("title", "the page's title, also its name in the menu")
                + line("# order: 1", "its place in the menu")
                + body("the page, in Markdown.");
    }
}
