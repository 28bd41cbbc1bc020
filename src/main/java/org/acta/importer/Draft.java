package org.acta.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.acta.model.PartialDate;

/**
 * What the importer recognised in a report, before anything is written: the event, its speeches,
 * the figures cited and the tasks assigned. Names are as the report spells them; ids are chosen
 * when the draft is written, against what the content folder already holds.
 */
record Draft(Article article, Event event, List<Speech> speeches, List<Figure> figures, List<Task> tasks,
             List<String> checks) {
    Draft {
        speeches = List.copyOf(speeches);
        figures = List.copyOf(figures);
        tasks = List.copyOf(tasks);
        checks = List.copyOf(checks);
    }

    /**
     * @param titleFound whether the title was read from the text, not only taken from the headline
     * @param dateNote   where the date comes from, or why it is not known
     */
    record Event(String title, boolean titleFound, Optional<String> kind, PartialDate date, String dateNote,
                 Optional<String> location, List<String> organizers, List<String> participants,
                 List<String> unnamedParticipants, List<String> summary) {
        Event {
            organizers = List.copyOf(organizers);
            participants = List.copyOf(participants);
            unnamedParticipants = List.copyOf(unnamedParticipants);
            summary = List.copyOf(summary);
        }
    }

    /** A person as the report names them, with the fullest position it gives. */
    record Speaker(String name, Optional<String> position) {
    }

    /** A speech: empty speaker for the floor discussion. {@code roleWord} is the report's own word. */
    record Speech(Optional<Speaker> speaker, String role, String roleWord, List<String> paragraphs) {
        Speech {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A figure: {@code qualifier} the number as written when the report qualifies it ("trên 2,2 triệu"),
     * {@code written} the phrase as the report has it ("trên 2,2 triệu học sinh").
     */
    record Figure(String label, BigDecimal value, Optional<String> unit, Optional<String> qualifier, String written) {
    }

    record Target(BigDecimal value, String unit) {
    }

    /**
     * An assignment: {@code speech} is the index of the speech it was made in; {@code quote} the
     * sentence that made it.
     */
    record Task(String title, String assignee, List<String> partners, Optional<PartialDate> due,
                Optional<String> recurrence, Optional<Target> target, int speech, String quote) {
        Task {
            partners = List.copyOf(partners);
        }
    }
}
