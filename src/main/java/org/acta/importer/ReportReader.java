package org.acta.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.model.Language;

/**
 * Recognises a conference report in an article, Vietnamese or English: the event, its speeches,
 * the figures cited, the tasks assigned and the requests it could not make tasks of.
 */
final class ReportReader {
    private ReportReader() {
    }

    /** @param knownNames the names (and short names) of the organizations the content folder already has */
    static Draft read(Article article, List<String> knownNames) {
        Language language = article.language();
        Grammar grammar = Grammar.of(language);
        List<String> paragraphs = article.blocks().stream()
                .filter(b -> b.kind() == Article.Block.Kind.PARAGRAPH).map(Article.Block::text).toList();
        SpeechReader.Split split = SpeechReader.split(article.blocks(), grammar);

        EventReader.Dated dated = EventReader.date(split.summary(), article.published(), language);
        if (dated.sentence().isEmpty()) {
            dated = EventReader.date(paragraphs, article.published(), language);
        }
        EventNames.Title title = EventNames.title(article.title(), paragraphs, language, dated.date());
        List<String> unnamed = new ArrayList<>();
        List<String> participants = language == Language.VI ? EventReader.participants(split.summary(), unnamed)
                : List.of();
        List<String> organizers = EventReader.organizers(dated.sentence(), language);
        List<String> names = new ArrayList<>(knownNames);
        names.addAll(participants);
        names.addAll(organizers);
        Draft.Event event = new Draft.Event(title.text(), title.source(), EventNames.kind(title.text(), language),
                dated.date(), dated.note(), EventReader.location(dated.sentence(), language), organizers, participants,
                unnamed, split.chairs(), split.summary());

        Optional<LocalDate> reference = dated.date().isUnknown() ? article.published()
                : Optional.of(dated.date().start());
        AssignmentReader assignments = new AssignmentReader(language, names, reference);
        List<Draft.Task> tasks = new ArrayList<>();
        List<Draft.Request> requests = new ArrayList<>();
        assignments(split, assignments, tasks, requests);
        List<String> checks = new ArrayList<>();
        if (split.speeches().isEmpty()) {
            checks.add("no speaker was recognised: the whole report is in the event's summary");
        }
        return new Draft(article, event, split.speeches(), FigureReader.read(paragraphs, language), tasks, requests,
                checks);
    }

    /** The event's own paragraphs assign with no speech; each speech's paragraphs, with that speech. */
    private static void assignments(SpeechReader.Split split, AssignmentReader assignments, List<Draft.Task> tasks,
                                    List<Draft.Request> requests) {
        for (String p : split.summary()) {
            assignments.read(p, Optional.empty(), tasks, requests);
        }
        for (int i = 0; i < split.speeches().size(); i++) {
            for (String p : split.speeches().get(i).paragraphs()) {
                assignments.read(p, Optional.of(i), tasks, requests);
            }
        }
    }
}
