package org.acta.scaffold;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text of each kind's new file. Required fields hold values that build; optional ones are comments.
 * Every field written, commented or not, is one {@link org.acta.fields.ContentFields} declares for the
 * kind: a build of the new files with every comment taken out warns of no unknown field (NewCommandTest).
 */
final class Templates {
    private final String id;
    private final String today;
    private final Function<String, Optional<String>> firstId;
    private final Optional<String> event;

    /**
     * @param firstId the first id of a content folder ("people" → "nguyen-van-a"), for values and examples
     */
    Templates(String id, LocalDate today, Function<String, Optional<String>> firstId, Optional<String> event) {
        this.id = id;
        this.today = today.toString();
        this.firstId = firstId;
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

    /** "ket-luan-hoi-nghi" → "Ket luan hoi nghi": a title that builds, for the editor to replace. */
    private String title() {
        String words = id.replace('-', ' ');
        return "\"" + Character.toUpperCase(words.charAt(0)) + words.substring(1) + "\"";
    }

    private String example(String folder, String placeholder) {
        return firstId.apply(folder).orElse(placeholder);
    }

    private String event() {
        String org = example("organizations", "organization-id");
        return "---\n"
                + "title: " + title() + "            # the event's title, as published\n"
                + "date: " + today + "                # YYYY, YYYY-MM or YYYY-MM-DD; 2023~ if approximate; unknown\n"
                + "# date_note: \"…\"                  # where the date comes from, or why it is not known\n"
                + "# end_date: " + today + "          # for an event over several days\n"
                + "# kind: \"hội nghị tọa đàm\"        # conference, seminar, meeting…\n"
                + "# location: \"Hà Nội\"\n"
                + "# organizers: [" + org + "]        # organization ids (content/organizations/)\n"
                + "# participants: [" + org + "]\n"
                + "# chair: " + example("people", "person-id") + "        # a person id (content/people/)\n"
                + "# documents: [" + example("documents", "document-id") + "]   # the documents the event acts on\n"
                + "# tags: [\"phát triển đảng viên\"]\n"
                + "# figures:                          # key statistics cited at the event\n"
                + "#   - {label: \"Đảng viên mới kết nạp\", value: 120, unit: \"người\"}\n"
                + "# conclusions:                      # Markdown, one item a conclusion\n"
                + "#   - \"…\"\n"
                + "# source: {title: \"…\", url: \"https://…\", publisher: \"…\", date: " + today + "}\n"
                + "---\n"
                + "The summary of the event, in Markdown. Speeches go next to this file, one a file:\n"
                + "./acta new speech SPEECH-ID --event " + id + "\n";
    }

    private String speech(int order) {
        Optional<String> person = firstId.apply("people");
        String who = person.map(p -> "speaker: " + p + "            # a person id (content/people/)\n"
                        + "role: remarks                    # opening, keynote, discussion, conclusion, remarks\n")
                .orElse("# speaker: person-id              # a person id (content/people/); none exists yet\n"
                        + "role: discussion                 # opening, keynote, discussion, conclusion, remarks\n"
                        + "speaker_note: \"Các đại biểu\"     # who spoke, for a discussion without one speaker\n");
        return "---\n"
                + "title: " + title() + "            # the speech's title\n"
                + who
                + "order: " + order + "                         # speeches are listed by order, then id\n"
                + "# position: \"…\"                   # the speaker's position as stated at the time\n"
                + "# summary: \"…\"                    # one or two sentences for lists and search results\n"
                + "---\n"
                + "The speech, or the report of it, in Markdown.\n";
    }

    private String task() {
        String org = example("organizations", "organization-id");
        return "---\n"
                + "title: " + title() + "            # what is to be done, as an imperative\n"
                + "event: " + event.orElseThrow() + "\n"
                + "assignee: " + org + "            # the organization responsible (content/organizations/)\n"
                + "# speech: speech-id                 # the speech, in that event, that assigned it\n"
                + "# assigned_by: " + example("people", "person-id") + "        # a person id\n"
                + "# partners: [" + org + "]          # organizations that take part\n"
                + "# due: " + today + "                # YYYY, YYYY-MM or YYYY-MM-DD\n"
                + "# recurrence: yearly                # yearly, quarterly, monthly: a standing task\n"
                + "# target: {value: 2, unit: \"lớp bồi dưỡng mỗi năm\"}\n"
                + "status: open                        # open, in-progress, done, cancelled\n"
                + "# updates:                          # the progress log, oldest first\n"
                + "#   - date: " + today + "\n"
                + "#     note: \"…\"\n"
                + "#     status: in-progress\n"
                + "#     progress: 10                  # 0 to 100\n"
                + "---\n"
                + "The detail of the task, in Markdown.\n";
    }

    private String person() {
        return "name: " + title() + "             # the person's name, with its diacritics\n"
                + "# positions:                        # positions change over time\n"
                + "#   - title: \"…\"\n"
                + "#     organization: " + example("organizations", "organization-id") + "\n"
                + "#     from: " + today + "\n"
                + "#     to: " + today + "\n"
                + "# bio: |                            # Markdown\n"
                + "#   …\n"
                + "# photo: people/" + id + ".jpg      # a path under content/assets/\n";
    }

    private String organization() {
        return "name: " + title() + "             # the organization's full name\n"
                + "# short_name: \"…\"\n"
                + "# parent: " + example("organizations", "organization-id") + "   # an organization id\n"
                + "# kind: \"…\"\n"
                + "# url: \"https://…\"\n";
    }

    private String document() {
        return "---\n"
                + "title: " + title() + "            # the document's title\n"
                + "# number: \"01-Ctr/TU\"              # its official number\n"
                + "# issuer: " + example("organizations", "organization-id") + "   # an organization id\n"
                + "# date: " + today + "               # YYYY, YYYY-MM or YYYY-MM-DD\n"
                + "# period: \"2021–2025\"\n"
                + "# url: \"https://…\"\n"
                + "---\n"
                + "A summary of the document, in Markdown.\n";
    }

    private String page() {
        return "---\n"
                + "title: " + title() + "            # the page's title, also its name in the menu\n"
                + "# order: 1                          # its place in the menu\n"
                + "---\n"
                + "The page, in Markdown.\n";
    }
}
