package org.acta.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.acta.assemble.Proceedings;
import org.acta.model.Organization;
import org.acta.model.OutputFile;
import org.acta.model.Task;
import org.acta.pages.Address;
import org.acta.pages.Addresses;
import org.acta.pages.Move;
import org.acta.pages.OutputKind;

/**
 * Every machine-readable file of the site, rendered in memory from the assembled proceedings, each
 * at the address {@link OutputKind} gives it:
 * the site's Atom feed {@code feed.xml}, {@code sitemap.xml} and {@code robots.txt} for crawlers,
 * {@code _headers} and {@code _redirects} for hosts that read them (the pages' security policy as an HTTP
 * header, and the pages' former addresses as permanent redirects),
 * {@code tasks.json}, {@code tasks.csv}, {@code tasks.ics}, and for each organisation with tasks
 * (as lead or partner) {@code organizations/<id>/tasks.ics} and {@code organizations/<id>/feed.xml}.
 */
public final class Outputs {
    /**
     * Before the name of a field of an update, the columns of {@code tasks.csv} left empty for a
     * progress update ({@code update_date}, {@code update_note} …), so that the export, filled in, is
     * a sheet {@code acta update} applies.
     */
    public static final String UPDATE_COLUMN_PREFIX = "update_";

    private Outputs() {
    }

    /** The columns of {@code tasks.csv}, in order. */
    public static List<String> taskCsvColumns() {
        return TaskColumns.header(TaskColumns.TASK);
    }

    /**
     * @param pages the addresses of the site's pages; the sitemap lists those of the kinds it lists
     * @param moves the pages' former addresses, each with the page it leads to now
     */
    public static List<OutputFile> render(Proceedings proceedings, List<Address> pages, List<Move> moves) {
        Addresses addresses = new Addresses(proceedings.site());
        TaskFacts facts = new TaskFacts(proceedings, addresses);
        TaskUpdatesAtom atom = new TaskUpdatesAtom(facts);
        TasksCalendar calendar = new TasksCalendar(facts);
        List<String> listed = pages.stream().filter(page -> page.kind().inSitemap()).map(Address::path).toList();
        List<Supplier<OutputFile>> jobs = new ArrayList<>();
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.SITE_FEED), new SiteFeed(facts, atom).write()));
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.SITEMAP), new Sitemap(facts.urls()).write(listed)));
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.ROBOTS), Sitemap.robots(facts.urls())));
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.HOST_HEADERS), HostHeaders.write()));
        List<String> written = new ArrayList<>();
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.TASKS_JSON), new TasksJson(facts).write()));
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.TASKS_CSV), new TasksCsv(facts).write()));
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.TASKS_CALENDAR),
                calendar.write(proceedings.site().title(), facts.tasks())));
        for (Organization org : proceedings.organizations()) {
            Map<String, Task> involved = new LinkedHashMap<>();
            proceedings.tasksLedBy(org.id()).forEach(t -> involved.put(t.id(), t));
            proceedings.tasksPartneredBy(org.id()).forEach(t -> involved.putIfAbsent(t.id(), t));
            if (involved.isEmpty()) {
                continue;
            }
            String feed = addresses.output(OutputKind.ORGANIZATION_FEED, org.id());
            jobs.add(() -> new OutputFile(addresses.output(OutputKind.ORGANIZATION_CALENDAR, org.id()),
                    calendar.write(org.name() + " — " + proceedings.site().title(), tracked(proceedings, involved))));
            jobs.add(() -> new OutputFile(feed, atom.write(org, tracked(proceedings, involved), feed)));
            written.add(feed);
            written.add(addresses.output(OutputKind.ORGANIZATION_CALENDAR, org.id()));
        }
        jobs.add(() -> new OutputFile(addresses.output(OutputKind.HOST_REDIRECTS),
                new HostRedirects(addresses).write(moves, written)));
        // each file is written alone, on all cores, and kept in the order above
        return jobs.parallelStream().map(Supplier::get).toList();
    }

    /** An organisation's tasks (as lead or partner) in the tracker's order, as the site lists them. */
    private static List<Task> tracked(Proceedings proceedings, Map<String, Task> involved) {
        return proceedings.tracked(List.copyOf(involved.values()));
    }
}
