package org.acta.output;

import java.util.ArrayList;
import java.util.List;
import org.acta.assemble.Proceedings;
import org.acta.model.Organization;
import org.acta.model.OutputFile;
import org.acta.model.Task;

/**
 * Every machine-readable file of the site, rendered in memory from the assembled proceedings:
 * the site's Atom feed {@code feed.xml}, {@code sitemap.xml} and {@code robots.txt} for crawlers,
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
        List<OutputFile> files = new ArrayList<>();
        files.add(new OutputFile(OutputFormat.ATOM.path("feed"), new SiteFeed(facts, atom).write()));
        files.add(new OutputFile(OutputFormat.SITEMAP.path("sitemap"),
                new Sitemap(facts.urls()).write(pages.stream().map(OutputFile::path).toList())));
        files.add(new OutputFile(OutputFormat.TEXT.path("robots"), Sitemap.robots(facts.urls())));
        files.add(new OutputFile(OutputFormat.JSON.path("tasks"), new TasksJson(facts).write()));
        files.add(new OutputFile(OutputFormat.CSV.path("tasks"), new TasksCsv(facts).write()));
        files.add(new OutputFile(OutputFormat.ICALENDAR.path("tasks"),
                calendar.write(proceedings.site().title(), facts.tasks())));
        for (Organization org : proceedings.organizations()) {
            List<Task> tasks = proceedings.tracked(proceedings.tasks().stream()
                    .filter(t -> t.assignee().equals(org.id()) || t.partners().contains(org.id())).toList());
            if (tasks.isEmpty()) {
                continue;
            }
            String folder = "organizations/" + org.id() + "/";
            files.add(new OutputFile(folder + OutputFormat.ICALENDAR.path("tasks"),
                    calendar.write(org.name() + " — " + proceedings.site().title(), tasks)));
            String feed = folder + OutputFormat.ATOM.path("feed");
            files.add(new OutputFile(feed, atom.write(org, tasks, feed)));
        }
        return files;
    }
}
