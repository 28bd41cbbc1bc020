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
             List<Request> requests, List<String> checks) {
    Draft {
        speeches = List.copyOf(speeches);
        figures = List.copyOf(figures);
        tasks = List.copyOf(tasks);
        requests = List.copyOf(requests);
        checks = List.copyOf(checks);
    }

    /** Where the event's title comes from, and so whether the editor must confirm it. */
    enum TitleSource {
        /** the headline names the meeting */
        HEADLINE,
        /** the first sentence that names the meeting */
        TEXT,
        /** no sentence names the meeting: the headline, for the editor to confirm */
        HEADLINE_ONLY,
        /** neither a headline nor a name: made from the kind of meeting and its date, for the editor to confirm */
        MADE_UP
    }

    /**
     * @param dateNote where the date comes from, or why it is not known
     * @param chairs   who chaired, the first as the event's chair
     */
    record Event(String title, TitleSource titleSource, Optional<String> kind, PartialDate date, String dateNote,
                 Optional<String> location, List<String> organizers, List<String> participants,
                 List<String> unnamedParticipants, List<Speaker> chairs, List<String> summary) {
        Event {
            organizers = List.copyOf(organizers);
            participants = List.copyOf(participants);
            unnamedParticipants = List.copyOf(unnamedParticipants);
            chairs = List.copyOf(chairs);
            summary = List.copyOf(summary);
        }
    }

    /**
     * A person as the report names them, with the fullest position it gives; {@code named} is false
     * when the report gives only the office ("đồng chí Bí thư Đảng ủy Công ty"), which is then the name.
     */
    record Speaker(String name, Optional<String> position, boolean named) {
    }

    /**
     * A speech: empty speaker for the floor discussion. {@code roleWord} is the report's own word;
     * {@code captionOnly} when only a photo caption says the person spoke.
     */
    record Speech(Optional<Speaker> speaker, String role, String roleWord, List<String> paragraphs,
                  boolean captionOnly) {
        Speech {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A request made to no one body ("các cấp, ngành …", "ministries and sectors …"), or to a body
     * with no action the importer could read: listed for the editor, not drafted as a task.
     */
    record Request(String addressee, String text, Optional<Integer> speech, String why) {
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
     * An assignment: {@code speech} is the index of the speech it was made in, empty when the report
     * states it outside any speech; {@code assigneeWords} the addressee as the report writes it;
     * {@code quote} the sentence that made it (in a speech that made several tasks in one sentence,
     * this task's clause of it).
     */
    record Task(String title, String assignee, String assigneeWords, List<String> partners, Optional<PartialDate> due,
                Optional<String> recurrence, Optional<Target> target, Optional<Integer> speech, String quote) {
        Task {
            partners = List.copyOf(partners);
        }

        /** The same task, quoting {@code words} of the sentence that made it. */
        Task quoting(String words) {
            return new Task(title, assignee, assigneeWords, partners, due, recurrence, target, speech, words);
        }
    }
}
