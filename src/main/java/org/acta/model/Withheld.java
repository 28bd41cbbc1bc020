package org.acta.model;

import java.util.List;
import java.util.Optional;

/**
 * The items the site leaves out, as binding decided: the drafts, unless the site shows them; a draft
 * whose required fields are still to be filled in, always; and with an event, its speeches. A
 * published item that names one shows its name or title as plain text, not as a link, and a link
 * written to one's address is told to lead to a draft: these records are for that, and nothing else
 * is made from them.
 */
public record Withheld(List<Event> events, List<Speech> speeches, List<Task> tasks, List<Person> people,
                       List<Organization> organizations, List<Document> documents, List<Page> pages) {
    public static final Withheld NONE = new Withheld(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public Withheld {
        events = List.copyOf(events);
        speeches = List.copyOf(speeches);
        tasks = List.copyOf(tasks);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        documents = List.copyOf(documents);
        pages = List.copyOf(pages);
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Speech> speech(String event, String id) {
        return speeches.stream().filter(s -> s.event().equals(event) && s.id().equals(id)).findFirst();
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Organization> organization(String id) {
        return organizations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
