package org.acta.output;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.acta.assemble.Proceedings;
import org.acta.model.Citation;
import org.acta.model.Event;
import org.acta.model.PartialDate;
import org.acta.model.Person;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;
import org.acta.pages.OutputKind;

/**
 * {@code /feed.xml}: the site's Atom feed (RFC 4287) of its events, their speeches and the
 * progress updates of its tasks, newest first, with absolute URLs from {@code base_url}.
 *
 * <p>Each entry is dated at the start of its day, month or year in UTC, as written. An event
 * whose date is unknown has no date of its own: its entry and its speeches' are dated by the
 * date its report was published ({@code source.date}) when there is one, else by the as-of
 * date, and come after every dated entry, as undated events come last on {@code /events/}.
 * Task updates dated after the as-of date are left out. No clock is read.
 */
final class SiteFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final TaskFacts facts;
    private final TaskUpdatesAtom updates;

    SiteFeed(TaskFacts facts, TaskUpdatesAtom updates) {
        this.facts = facts;
        this.updates = updates;
    }

    /** One entry: undated ones sort after dated ones; {@code rank} keeps an event before its speeches. */
    private record Entry(boolean undated, LocalDate date, String group, int rank, Event event, Speech speech,
                         Task task, TaskUpdate update) {
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::undated)
            .thenComparing(Entry::date, Comparator.reverseOrder())
            .thenComparing(Entry::group)
            .thenComparing(Entry::rank);

    byte[] write() {
        List<Entry> entries = entries();
        LocalDate updated = entries.stream().map(Entry::date).max(Comparator.naturalOrder())
                .orElse(facts.proceedings().asOf());
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = TaskUpdatesAtom.startFeed(out);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang",
                    facts.proceedings().site().language().code());
            TaskUpdatesAtom.text(xml, "id", facts.urls().base());
            TaskUpdatesAtom.text(xml, "title", facts.proceedings().site().title());
            Optional<String> description = facts.proceedings().site().description();
            if (description.isPresent()) {
                TaskUpdatesAtom.text(xml, "subtitle", description.get());
            }
            TaskUpdatesAtom.text(xml, "updated", TaskUpdatesAtom.stamp(updated));
            TaskUpdatesAtom.link(xml, "self", facts.urls().output(OutputKind.SITE_FEED),
                    OutputKind.SITE_FEED.format().mediaType());
            TaskUpdatesAtom.link(xml, "alternate", facts.urls().base(), "text/html");
            xml.writeStartElement("author");
            TaskUpdatesAtom.text(xml, "name", facts.proceedings().site().title());
            TaskUpdatesAtom.text(xml, "uri", facts.urls().base());
            xml.writeEndElement();
            TaskUpdatesAtom.text(xml, "generator", "Acta");
            for (Entry entry : entries) {
                if (entry.update() != null) {
                    updates.entry(xml, entry.task(), entry.update());
                } else if (entry.speech() != null) {
                    speech(xml, entry);
                } else {
                    event(xml, entry);
                }
            }
            TaskUpdatesAtom.endFeed(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the site's feed: " + e.getMessage(), e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Event event : facts.proceedings().events()) {
            boolean undated = event.date().isUnknown();
            LocalDate date = undated ? event.source().flatMap(Citation::date).filter(d -> !d.isUnknown())
                    .map(PartialDate::start).orElse(facts.proceedings().asOf()) : event.date().start();
            entries.add(new Entry(undated, date, "event " + event.id(), 0, event, null, null, null));
            int rank = 1;
            for (Speech speech : facts.proceedings().speeches(event.id())) {
                entries.add(new Entry(undated, date, "event " + event.id(), rank++, event, speech, null, null));
            }
        }
        for (Task task : facts.tasks()) {
            List<TaskUpdate> counted = facts.state(task).counted();
            for (TaskUpdate update : counted) {
                entries.add(new Entry(false, update.date().start(), "task " + task.id(),
                        -task.updates().indexOf(update), null, null, task, update));
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    private void event(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        Event event = entry.event();
        String url = facts.urls().event(event.id());
        xml.writeStartElement("entry");
        TaskUpdatesAtom.text(xml, "id", url);
        TaskUpdatesAtom.text(xml, "title", event.title());
        TaskUpdatesAtom.text(xml, "updated", TaskUpdatesAtom.stamp(entry.date()));
        TaskUpdatesAtom.link(xml, "alternate", url, "text/html");
        for (String organizer : event.organizers()) {
            author(xml, facts.organizationName(organizer), TaskFacts.pageOf(facts.proceedings()
                    .namedOrganization(organizer), facts.urls().organization(organizer)));
        }
        category(xml, "event");
        List<String> facts = new ArrayList<>();
        event.kind().ifPresent(facts::add);
        event.location().ifPresent(facts::add);
        event.dateNote().ifPresent(facts::add);
        if (!facts.isEmpty()) {
            summary(xml, String.join("\n", facts));
        }
        xml.writeEndElement();
    }

    private void speech(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        Speech speech = entry.speech();
        Event event = entry.event();
        String url = facts.urls().speech(speech.event(), speech.id());
        xml.writeStartElement("entry");
        TaskUpdatesAtom.text(xml, "id", url);
        TaskUpdatesAtom.text(xml, "title", speech.title() + " — " + event.title());
        TaskUpdatesAtom.text(xml, "updated", TaskUpdatesAtom.stamp(entry.date()));
        TaskUpdatesAtom.link(xml, "alternate", url, "text/html");
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "related");
        xml.writeAttribute("type", "text/html");
        xml.writeAttribute("href", facts.urls().event(event.id()));
        Optional<Proceedings.Named<Person>> speaker = speech.speaker().map(id -> facts.proceedings().namedPerson(id));
        if (speaker.isPresent()) {
            Person person = speaker.get().item();
            author(xml, person.name(), TaskFacts.pageOf(speaker.get(), facts.urls().person(person.id())));
        } else if (speech.speakerNote().isPresent()) {
            author(xml, speech.speakerNote().get(), null);
        }
        category(xml, "speech");
        category(xml, "speech-role-" + speech.role().id());
        summary(xml, speech.summary().orElse(speech.role().id() + " · " + event.title()));
        xml.writeEndElement();
    }

    private static void author(XMLStreamWriter xml, String name, String uri) throws XMLStreamException {
        xml.writeStartElement("author");
        TaskUpdatesAtom.text(xml, "name", name);
        if (uri != null) {
            TaskUpdatesAtom.text(xml, "uri", uri);
        }
        xml.writeEndElement();
    }

    private static void category(XMLStreamWriter xml, String term) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
    }

    private static void summary(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(TaskUpdatesAtom.xmlText(text));
        xml.writeEndElement();
    }
}
