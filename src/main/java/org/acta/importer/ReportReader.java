package org.acta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recognises a Vietnamese conference report in an article: the event, its speeches, figures and tasks. */
final class ReportReader {
    private ReportReader() {
    }

    /** @param knownNames the names (and short names) of the organizations the content folder already has */
    static Draft read(Article article, List<String> knownNames) {
        List<String> checks = new ArrayList<>();
        List<String> paragraphs = article.blocks().stream()
                .filter(b -> b.kind() == Article.Block.Kind.PARAGRAPH).map(Article.Block::text).toList();
        List<String> summary = new ArrayList<>();
        List<Draft.Speech> speeches = SpeechReader.split(paragraphs, article.captions(), summary);

        EventReader.Dated dated = EventReader.date(summary, article.published());
        if (dated.sentence().isEmpty()) {
            dated = EventReader.date(paragraphs, article.published());
        }
        Optional<String> name = EventReader.name(paragraphs);
        String title = name.orElse(article.title());
        List<String> unnamed = new ArrayList<>();
        List<String> participants = EventReader.participants(paragraphs, unnamed);
        List<String> names = new ArrayList<>(knownNames);
        names.addAll(participants);
        List<String> organizers = EventReader.organizers(dated.sentence(), names);
        names.addAll(organizers);
        for (Draft.Speech s : speeches) {
            s.speaker().flatMap(Draft.Speaker::position).flatMap(p -> OrgNames.within(Sentences.prepare(p), names))
                    .map(Sentences::restore).ifPresent(names::add);
        }
        Draft.Event event = new Draft.Event(title, name.isPresent(), EventReader.kind(title), dated.date(),
                dated.note(), EventReader.location(dated.sentence()), organizers, participants, unnamed, summary);

        List<Draft.Task> tasks = new ArrayList<>();
        boolean hasConclusion = speeches.stream().anyMatch(s -> s.role().equals("conclusion"));
        for (int i = 0; i < speeches.size(); i++) {
            Draft.Speech s = speeches.get(i);
            if (!hasConclusion || s.role().equals("conclusion")) {
                tasks.addAll(AssignmentReader.read(i, s.paragraphs(), names, checks));
            }
        }
        if (speeches.isEmpty()) {
            checks.add("no speaker was recognised: the whole report is in the event's summary");
        }
        if (!hasConclusion) {
            checks.add("no concluding speech was recognised: assignments were looked for in every speech");
        }
        return new Draft(article, event, speeches, FigureReader.read(paragraphs), tasks, checks);
    }
}
