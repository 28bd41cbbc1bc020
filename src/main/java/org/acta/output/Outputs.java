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

/**
 * Every machine-readable file of the site, rendered in memory from the assembled proceedings:
 * the site's Atom feed {@code feed.xml}, {@code sitemap.xml} and {@code robots.txt} for crawlers,
 * {@code _headers} for hosts that read it (the pages' security policy as an HTTP header),
 * {@code tasks.json}, {@code tasks.csv}, {@code tasks.ics}, and for each organisation with tasks
 * (as lead or partner) {@code organizations/<id>/tasks.ics} and {@code organizations/<id>/feed.xml}.
 */
public final class Outputs {
    private Outputs() {
    }

    /**
     * @param pages the site's rendered files; the sitemap lists every HTML page among them
     */
    public static List<OutputFile> render(Proceedings proceedings, List<OutputFile> pages) {
        TaskFacts facts = new TaskFacts(proceedings);
        TaskUpdatesAtom atom = new TaskUpdatesAtom(facts);
        TasksCalendar calendar = new TasksCalendar(facts);
        List<Supplier<OutputFile>> jobs = new ArrayList<>();
        jobs.add(() -> new OutputFile(OutputFormat.ATOM.path("feed"), new SiteFeed(facts, atom).write()));
        jobs.add(() -> new OutputFile(OutputFormat.SITEMAP.path("sitemap"),
                new Sitemap(facts.urls()).write(pages.stream().map(OutputFile::path).toList())));
        jobs.add(() -> new OutputFile(OutputFormat.TEXT.path("robots"), Sitemap.robots(facts.urls())));
        jobs.add(() -> new OutputFile(HostHeaders.PATH, HostHeaders.write()));
        jobs.add(() -> new OutputFile(OutputFormat.JSON.path("tasks"), new TasksJson(facts).write()));
        jobs.add(() -> new OutputFile(OutputFormat.CSV.path("tasks"), new TasksCsv(facts).write()));
        jobs.add(() -> new OutputFile(OutputFormat.ICALENDAR.path("tasks"),
                calendar.write(proceedings.site().title(), facts.tasks())));
        for (Organization org : proceedings.organizations()) {
            Map<String, Task> involved = new LinkedHashMap<>();
            proceedings.tasksLedBy(org.id()).forEach(t -> involved.put(t.id(), t));
            proceedings.tasksPartneredBy(org.id()).forEach(t -> involved.putIfAbsent(t.id(), t));
            if (involved.isEmpty()) {
                continue;
            }
            String folder = "organizations/" + org.id() + "/";
            String feed = folder + OutputFormat.ATOM.path("feed");
            jobs.add(() -> new OutputFile(folder + OutputFormat.ICALENDAR.path("tasks"),
                    calendar.write(org.name() + " — " + proceedings.site().title(), tracked(proceedings, involved))));
            jobs.add(() -> new OutputFile(feed, atom.write(org, tracked(proceedings, involved), feed)));
        }
        // each file is written alone, on all cores, and kept in the order above
        return jobs.parallelStream().map(Supplier::get).toList();
    }

    /** An organisation's tasks (as lead or partner) in the tracker's order, as the site lists them. */
    private static List<Task> tracked(Proceedings proceedings, Map<String, Task> involved) {
        return proceedings.tracked(List.copyOf(involved.values()));
    }
}
