package org.acta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The import's account for the editor, one line an item: what it found in the report (the
 * event's facts, each speech, task and figure) and what it left for the editor, with why.
 */
final class ImportSummary {
    private ImportSummary() {
    }

    static List<String> found(Draft draft, List<String> speechIds) {
        Draft.Event e = draft.event();
        List<String> lines = new ArrayList<>();
        String from = switch (e.titleSource()) {
            case HEADLINE -> "from the headline";
            case TEXT -> "from the first sentence that names it";
            case HEADLINE_ONLY -> "the headline: the report does not name the event";
            case MADE_UP -> "made up: the report has neither a headline nor the event's name";
        };
        lines.add("event: “" + e.title() + "” (" + from + ")");
        lines.add("date: " + (e.date().isUnknown() ? "not stated" : e.date().toString()) + " — " + e.dateNote());
        lines.add("place: " + e.location().orElse("not stated"));
        if (!e.organizers().isEmpty()) {
            lines.add("organisers: " + String.join("; ", e.organizers()));
        }
        if (!e.participants().isEmpty()) {
            lines.add("attending: " + String.join("; ", e.participants()));
        }
        if (!e.chairs().isEmpty()) {
            lines.add("chaired by: " + e.chairs().stream().map(ImportSummary::who).collect(Collectors.joining("; ")));
        }
        for (int i = 0; i < draft.speeches().size(); i++) {
            Draft.Speech s = draft.speeches().get(i);
            lines.add("speech " + speechIds.get(i) + ": " + s.role() + " (“" + s.roleWord() + "”) by "
                    + s.speaker().map(ImportSummary::who).orElse("the floor") + ", " + s.paragraphs().size()
                    + " paragraph" + (s.paragraphs().size() == 1 ? "" : "s"));
        }
        for (Draft.Task t : draft.tasks()) {
            lines.add("task for " + t.assignee() + ": " + t.title() + t.due().map(d -> " (due " + d + ")").orElse("")
                    + (t.partners().isEmpty() ? "" : " with " + String.join(", ", t.partners())));
        }
        for (Draft.Figure f : draft.figures()) {
            lines.add("figure: " + f.value().stripTrailingZeros().toPlainString() + f.unit().map(u -> " " + u).orElse("")
                    + " — " + f.label());
        }
        return lines;
    }

    static List<String> left(Draft draft, List<String> renamed) {
        List<String> lines = new ArrayList<>();
        for (Draft.Request r : draft.requests()) {
            String by = r.speech().flatMap(i -> draft.speeches().get(i).speaker()).map(s -> " (" + s.name() + ")")
                    .orElse("");
            lines.add("request not made a task, as it " + r.why() + by + ": “" + r.text() + "”");
        }
        for (Draft.Speech s : draft.speeches()) {
            s.speaker().filter(p -> !p.named()).ifPresent(p -> lines.add("the speaker “" + p.name() + "” is an office, "
                    + "not a name: the report does not say who held it"));
            if (s.captionOnly()) {
                lines.add("the speech of " + s.speaker().map(Draft.Speaker::name).orElse("the floor")
                        + " is named only in a photo caption: its content is not in the report");
            }
        }
        Draft.Event e = draft.event();
        if (e.titleSource() == Draft.TitleSource.HEADLINE_ONLY || e.titleSource() == Draft.TitleSource.MADE_UP) {
            lines.add("the event's name: the report does not give it; the title written is to be confirmed");
        }
        if (e.date().isUnknown()) {
            lines.add("the event's date: the report does not give it");
        }
        if (!e.unnamedParticipants().isEmpty()) {
            lines.add("attending, but not as named bodies: " + String.join("; ", e.unnamedParticipants()));
        }
        lines.addAll(renamed);
        lines.addAll(draft.checks());
        lines.add("summaries, conclusions and tags: to be written from the report");
        return lines;
    }

    private static String who(Draft.Speaker s) {
        return s.name() + s.position().map(p -> " (" + p + ")").orElse("");
    }
}
