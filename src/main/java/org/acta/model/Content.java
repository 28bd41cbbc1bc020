package org.acta.model;

import java.util.List;

/**
 * Everything an editor wrote that the site shows, bound to records and checked, before anything is
 * derived; {@code drafts} says which items are drafts, and which the site leaves out (they are not
 * among the lists).
 */
public record Content(Site site, List<Event> events, List<Speech> speeches, List<Task> tasks, List<Person> people,
                      List<Organization> organizations, List<Document> documents, List<Page> pages,
                      List<Asset> assets, Drafts drafts) {
    public Content {
        events = List.copyOf(events);
        speeches = List.copyOf(speeches);
        tasks = List.copyOf(tasks);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        documents = List.copyOf(documents);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }
}
