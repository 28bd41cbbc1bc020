package org.acta.output;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.acta.model.Organization;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;
import org.acta.pages.OutputKind;

/**
 * An organisation's {@code feed.xml}: an Atom feed (RFC 4287) of the progress updates of the
 * tasks it leads or takes part in, newest first. Only updates dated on or before the as-of date
 * appear; each is dated at the start of its day (or month, or year) in UTC, and the feed is
 * dated by its newest entry, else by the as-of date: no clock is read.
 */
final class TaskUpdatesAtom {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final TaskFacts facts;

    TaskUpdatesAtom(TaskFacts facts) {
        this.facts = facts;
    }

    private record Entry(Task task, TaskUpdate update, LocalDate date) {
    }

    byte[] write(Organization org, List<Task> tasks, String selfPath) {
        List<Entry> entries = new ArrayList<>();
        for (Task task : tasks) {
            for (TaskUpdate update : facts.state(task).counted()) {
                entries.add(new Entry(task, update, update.date().start()));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).reversed()
                .thenComparing(e -> e.task().id())
                .thenComparing(e -> -e.task().updates().indexOf(e.update())));
        LocalDate updated = entries.isEmpty() ? facts.proceedings().asOf() : entries.get(0).date();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = startFeed(out);
            text(xml, "id", facts.urls().organization(org.id()));
            text(xml, "title", org.name() + " — " + facts.proceedings().site().title());
            text(xml, "subtitle", "Task updates as of " + facts.proceedings().asOf());
            text(xml, "updated", stamp(updated));
            link(xml, "self", facts.urls().of(selfPath), OutputKind.ORGANIZATION_FEED.format().mediaType());
            link(xml, "alternate", facts.urls().organization(org.id()), "text/html");
            xml.writeStartElement("author");
            text(xml, "name", facts.proceedings().site().title());
            xml.writeEndElement();
            text(xml, "generator", "Acta");
            for (Entry entry : entries) {
                entry(xml, entry);
            }
            endFeed(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed of " + org.id() + ": " + e.getMessage(), e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        entry(xml, entry.task(), entry.update());
    }

    /** One update as an Atom entry, dated at the start of its day, month or year. */
    void entry(XMLStreamWriter xml, Task task, TaskUpdate update) throws XMLStreamException {
        String url = facts.urls().task(task.id()) + "#" + TaskFacts.anchor(task, update);
        xml.writeStartElement("entry");
        text(xml, "id", url);
        text(xml, "title", update.date() + " · " + task.title());
        text(xml, "updated", stamp(update.date().start()));
        link(xml, "alternate", url, "text/html");
        StringBuilder content = new StringBuilder(update.note());
        update.status().ifPresent(s -> content.append("\nstatus: ").append(s.id()));
        update.progress().ifPresent(p -> content.append("\nprogress: ").append(p).append('%'));
        update.value().ifPresent(v -> content.append("\nachieved: ").append(TasksJson.plain(v).toPlainString())
                .append(update.period().map(p -> " (" + p + ")").orElse("")));
        facts.evidenceUrl(update).ifPresent(e -> content.append("\nevidence: ").append(e));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlText(content.toString()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * Text XML 1.0 can hold: the writer escapes markup but passes control characters (from a quoted
     * YAML escape such as {@code "\\x00"}) through, and one would make the whole feed unreadable.
     * Each such character, and any lone surrogate, becomes U+FFFD.
     */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }

    /** An Atom document started on {@code out}: the XML declaration and the open {@code <feed>}. */
    static XMLStreamWriter startFeed(java.io.Writer out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        return xml;
    }

    /** Closes the {@code <feed>} that {@link #startFeed} opened, and the document. */
    static void endFeed(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    static String stamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
