package org.acta.importer;

import java.util.List;
import java.util.Optional;
import org.acta.model.Language;

/**
 * The text of each file of a draft, in the contract's format: {@code draft: true}, a TODO comment
 * at each value the editor must confirm, the report's own words beside what was read from them,
 * and a visible draft notice at the top of every body. Ids are chosen before, by {@link DraftWriter}.
 */
final class DraftFiles {
    private final Draft draft;
    private final Language language;
    private final String location;

    DraftFiles(Draft draft, String location) {
        this.draft = draft;
        this.language = draft.article().language();
        this.location = location;
    }

    private String say(DraftWords words, Object... args) {
        return words.in(language, args);
    }

    private String header(DraftWords what) {
        return say(DraftWords.HEADER, DraftText.comment(location)) + "\n" + say(DraftWords.HEADER_TODO, say(what))
                + "\ndraft: true\n";
    }

    private static String todo(String note) {
        return "    # TODO: " + DraftText.comment(note);
    }

    /** The headline, or the event's title when the report has none. */
    String sourceTitle() {
        return draft.article().title().isBlank() ? draft.event().title() : draft.article().title();
    }

    String organization(String name, Optional<String> shortName) {
        StringBuilder y = new StringBuilder(header(DraftWords.CHECK_ORGANIZATION)).append("name: ")
                .append(DraftText.quote(name)).append('\n');
        shortName.ifPresent(s -> y.append("short_name: ").append(DraftText.quote(s)).append('\n'));
        return y.toString();
    }

    String person(Draft.Speaker speaker, Optional<String> organization) {
        StringBuilder y = new StringBuilder(header(DraftWords.CHECK_PERSON));
        if (!speaker.named()) {
            y.append(say(DraftWords.PERSON_OFFICE)).append('\n');
        }
        y.append("name: ").append(DraftText.quote(speaker.name())).append('\n');
        speaker.position().ifPresent(p -> {
            y.append("positions:\n  - title: ").append(DraftText.quote(p)).append(todo(say(DraftWords.POSITION_CONFIRM)))
                    .append('\n');
            organization.ifPresent(org -> y.append("    organization: ").append(org).append('\n'));
        });
        return y.toString();
    }

    String speech(int index, Optional<String> speaker) {
        Draft.Speech s = draft.speeches().get(index);
        StringBuilder y = new StringBuilder("---\n").append(header(DraftWords.CHECK_SPEECH)).append("title: ")
                .append(DraftText.quote(DraftWords.speechTitle(s, language))).append('\n');
        boolean office = s.speaker().filter(p -> !p.named()).isPresent();
        speaker.ifPresentOrElse(p -> y.append("speaker: ").append(p).append(todo(say(office
                        ? DraftWords.SPEAKER_OFFICE : DraftWords.SPEAKER_CONFIRM))).append('\n'),
                () -> y.append("speaker_note: ").append(DraftText.quote(say(DraftWords.FLOOR))).append('\n'));
        y.append("role: ").append(s.role()).append(todo(say(DraftWords.ROLE_CONFIRM, DraftText.comment(s.roleWord()))))
                .append('\n');
        s.speaker().flatMap(Draft.Speaker::position).ifPresent(p -> y.append("position: ").append(DraftText.quote(p))
                .append(todo(say(DraftWords.POSITION_CONFIRM))).append('\n'));
        y.append("order: ").append(index + 1).append('\n').append(say(DraftWords.SPEECH_SUMMARY)).append("\n---\n\n")
                .append(notice()).append("\n\n")
                .append(say(s.captionOnly() ? DraftWords.CAPTION_ONLY : DraftWords.SPEECH_BODY_TODO)).append("\n\n");
        for (String p : s.paragraphs()) {
            y.append(DraftText.paragraph(p)).append("\n\n");
        }
        return y.toString();
    }

    /**
     * A task: made in a speech ({@code speech}, its id), it quotes the sentence in {@code quote:}, as
     * the speech's body has it, for the build to mark there; stated in the report's own account, it
     * has no speech to quote, and its body quotes the report's sentence instead.
     */
    String task(String eventId, Draft.Task task, String assignee, List<String> partners,
                Optional<String> speech, Optional<String> assignedBy) {
        StringBuilder y = new StringBuilder("---\n").append(header(DraftWords.CHECK_TASK)).append("title: ")
                .append(DraftText.quote(task.title())).append(todo(say(DraftWords.TASK_TITLE))).append('\n')
                .append("event: ").append(eventId).append('\n');
        speech.ifPresent(s -> y.append("speech: ").append(s).append('\n').append("quote: ")
                .append(DraftText.quote(task.quote())).append(todo(say(DraftWords.QUOTE_CONFIRM))).append('\n'));
        assignedBy.ifPresent(p -> y.append("assigned_by: ").append(p).append('\n'));
        y.append("assignee: ").append(assignee).append(todo(say(DraftWords.ASSIGNEE_CONFIRM,
                DraftText.comment(task.assigneeWords())))).append('\n');
        if (!partners.isEmpty()) {
            y.append("partners:").append(todo(say(DraftWords.PARTNERS_CONFIRM))).append('\n');
            partners.forEach(p -> y.append("  - ").append(p).append('\n'));
        }
        task.due().ifPresent(d -> y.append("due: ").append(d).append(todo(say(DraftWords.DUE_CONFIRM))).append('\n'));
        task.recurrence().ifPresent(r -> y.append("recurrence: ").append(r).append(todo(say(DraftWords.TARGET_CONFIRM)))
                .append('\n'));
        task.target().ifPresent(t -> y.append("target:\n  value: ").append(t.value().toPlainString())
                .append("\n  unit: ").append(DraftText.quote(t.unit())).append('\n'));
        y.append("status: open\n---\n\n").append(notice()).append('\n');
        if (speech.isEmpty()) {
            y.append('\n').append(say(DraftWords.TASK_IN_REPORT)).append("\n\n> ")
                    .append(DraftText.markdown(task.quote())).append('\n');
        }
        return y.toString();
    }

    /** @param ids the organizers', the participants' and the chair's ids, and the speeches' ids in order */
    String event(EventIds ids) {
        Draft.Event event = draft.event();
        StringBuilder y = new StringBuilder("---\n").append(header(DraftWords.CHECK_EVENT));
        DraftWords titleNote = switch (event.titleSource()) {
            case HEADLINE -> DraftWords.TITLE_HEADLINE;
            case TEXT -> DraftWords.TITLE_TEXT;
            case HEADLINE_ONLY -> DraftWords.TITLE_HEADLINE_ONLY;
            case MADE_UP -> DraftWords.TITLE_MADE_UP;
        };
        y.append("title: ").append(DraftText.quote(event.title())).append(todo(say(titleNote))).append('\n');
        y.append("date: ").append(event.date()).append(todo(say(event.date().isUnknown() ? DraftWords.DATE_UNKNOWN
                : DraftWords.DATE_CONFIRM))).append('\n');
        y.append("date_note: ").append(DraftText.quote(event.dateNote())).append('\n');
        event.kind().ifPresent(k -> y.append("kind: ").append(DraftText.quote(k)).append(todo(say(
                DraftWords.KIND_CONFIRM))).append('\n'));
        event.location().ifPresentOrElse(l -> y.append("location: ").append(DraftText.quote(l))
                .append(todo(say(DraftWords.PLACE_CONFIRM))).append('\n'),
                () -> y.append(say(DraftWords.PLACE_MISSING)).append('\n'));
        list(y, "organizers", ids.organizers(), DraftWords.ORGANIZERS_CONFIRM);
        list(y, "participants", ids.participants(), DraftWords.PARTICIPANTS_CONFIRM);
        if (!event.unnamedParticipants().isEmpty()) {
            y.append(say(DraftWords.UNNAMED_PARTICIPANTS, DraftText.comment(String.join("; ",
                    event.unnamedParticipants())))).append('\n');
        }
        chair(y, ids.chair());
        figures(y);
        y.append(say(DraftWords.CONCLUSIONS)).append('\n');
        source(y);
        y.append("---\n\n").append(notice()).append("\n\n").append(say(DraftWords.SUMMARY_TODO)).append("\n\n");
        for (String p : event.summary()) {
            y.append(DraftText.paragraph(p)).append("\n\n");
        }
        if (!ids.speeches().isEmpty()) {
            y.append(say(DraftWords.SPEECHES)).append("\n\n");
            for (int i = 0; i < ids.speeches().size(); i++) {
                y.append("- [").append(DraftText.markdown(DraftWords.speechTitle(draft.speeches().get(i), language)))
                        .append("](/events/").append(ids.event()).append('/').append(ids.speeches().get(i))
                        .append("/)\n");
            }
        }
        return y.toString();
    }

    /** The ids an event's file refers to. */
    record EventIds(String event, List<String> organizers, List<String> participants, Optional<String> chair,
                    List<String> speeches) {
        EventIds {
            organizers = List.copyOf(organizers);
            participants = List.copyOf(participants);
            speeches = List.copyOf(speeches);
        }
    }

    private void chair(StringBuilder y, Optional<String> chair) {
        List<Draft.Speaker> chairs = draft.event().chairs();
        chair.ifPresent(c -> y.append("chair: ").append(c).append(todo(say(DraftWords.CHAIR_CONFIRM))).append('\n'));
        if (chairs.size() > 1) {
            y.append(say(DraftWords.CO_CHAIRS, DraftText.comment(String.join("; ", chairs.subList(1, chairs.size())
                    .stream().map(this::described).toList())))).append('\n');
        }
    }

    private void source(StringBuilder y) {
        y.append("source:\n  title: ").append(DraftText.quote(sourceTitle()));
        y.append(draft.article().title().isBlank() ? todo(say(DraftWords.NO_HEADLINE)) : "").append('\n');
        draft.article().url().ifPresent(u -> y.append("  url: ").append(DraftText.quote(u)).append('\n'));
        draft.article().publisher().ifPresent(p -> y.append("  publisher: ").append(DraftText.quote(p)).append('\n'));
        draft.article().published().ifPresent(d -> y.append("  date: ").append(d).append('\n'));
    }

    private void figures(StringBuilder y) {
        if (draft.figures().isEmpty()) {
            return;
        }
        y.append(say(DraftWords.FIGURES)).append("\nfigures:\n");
        for (Draft.Figure f : draft.figures()) {
            y.append("  - label: ").append(DraftText.quote(f.label())).append('\n')
                    .append("    value: ").append(f.value().stripTrailingZeros().toPlainString()).append('\n');
            f.unit().ifPresent(u -> y.append("    unit: ").append(DraftText.quote(u)).append('\n'));
            f.qualifier().ifPresent(q -> y.append("    note: ").append(DraftText.quote(q)).append('\n'));
            y.append("    ").append(say(DraftWords.FIGURE_WORDS, DraftText.comment(f.written()))).append('\n');
        }
    }

    private String described(Draft.Speaker s) {
        return s.name() + s.position().map(p -> " (" + p + ")").orElse("");
    }

    private void list(StringBuilder y, String field, List<String> ids, DraftWords note) {
        if (!ids.isEmpty()) {
            y.append(field).append(':').append(todo(say(note))).append('\n');
            ids.forEach(id -> y.append("  - ").append(id).append('\n'));
        }
    }

    private String notice() {
        return say(DraftWords.NOTICE, DraftText.markdown(sourceTitle()));
    }
}
