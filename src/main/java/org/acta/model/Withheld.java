package org.acta.model;

import java.util.List;
import java.util.Optional;

/**
 * The items of the kinds a field can name that the site leaves out, as binding decided: the drafts,
 * unless the site shows them; a draft whose required fields are still to be filled in, always; and
 * with an event, its speeches. A published item that names one shows its name or title as plain
 * text, not as a link: these records are what it is named by. Nothing else is made from them.
 */
public record Withheld(List<Event> events, List<Speech> speeches, List<Person> people,
                       List<Organization> organizations, List<Document> documents) {
    public static final Withheld NONE = new Withheld(List.of(), List.of(), List.of(), List.of(), List.of());

    public Withheld {
        events = List.copyOf(events);
        speeches = List.copyOf(speeches);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        documents = List.copyOf(documents);
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
