package org.acta.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.acta.assemble.Proceedings;
import org.acta.assemble.Tag;
import org.acta.diag.Report;
import org.acta.markup.MarkupRenderer;
import org.acta.model.Document;
import org.acta.model.Event;
import org.acta.model.Organization;
import org.acta.model.OutputFile;
import org.acta.model.Page;
import org.acta.model.PartialDate;
import org.acta.model.Person;
import org.acta.model.Speech;
import org.acta.model.Task;
import org.acta.render.View.Link;

/**
 * Renders every page of the site through the theme's templates, in memory. Template mistakes
 * are reported with the template's file and line, like content mistakes.
 */
public final class SiteRenderer {
    private final Theme theme;
    private final String templatesDisplay;
    private final MarkupRenderer markup = new MarkupRenderer();

    /** In the changed templates: templates changed, but which is not known; every page is rendered again. */
    public static final String ALL_TEMPLATES = "*";

    /**
     * @param templates        the site's own templates folder, if it has one; the built-in theme fills the gaps
     * @param templatesDisplay how the editor names that folder, for messages
     */
    public SiteRenderer(Optional<Path> templates, String templatesDisplay) {
        this.theme = new Theme(templates);
        this.templatesDisplay = templatesDisplay;
    }

    /** One page to render: where it goes, with which template, what it shows, and how search lists it. */
    private record PageJob(String url, String template, String section, String title, Object view,
                           View.Searchable search) {
        PageJob(String url, String template, String section, String title, Object view) {
            this(url, template, section, title, view, null);
        }

        /** This page, indexed for search as a {@code kind} dated {@code date} (as the page shows it). */
        PageJob searchable(String kind, Optional<PartialDate> date, ViewBuilder views) {
            Optional<PartialDate> known = date.filter(d -> !d.isUnknown());
            return new PageJob(url, template, section, title, view, new View.Searchable(kind,
                    known.map(views::date).orElse(null), known.map(d -> Integer.toString(d.year())).orElse(null)));
        }
    }

    /** One page's result: its file (none when its template failed), and whether it was rendered afresh. */
    private record Rendered(String url, Rendering.PageInputs inputs, Optional<OutputFile> file, boolean fresh) {
    }

    /** Renders every page of the site. */
    public List<OutputFile> render(Proceedings proceedings, Report report) {
        return render(proceedings, report, Rendering.NONE, Set.of()).files();
    }

    /**
     * Renders the pages whose inputs differ from those of an {@code earlier} rendering of the same site,
     * and keeps the earlier bytes of the others. A page's inputs are its template with every template that
     * imports, the names of the templates changed on disk since ({@link #ALL_TEMPLATES} when not known), and
     * the values it prints: its view model, the site's menu and strings. So editing a person re-renders the
     * pages that show the person's name; editing speech.ftlh re-renders the speeches; editing layout.ftlh
     * re-renders everything.
     *
     * @param changedTemplates template names relative to the theme folder ("speech.ftlh")
     */
    public Rendering render(Proceedings proceedings, Report report, Rendering earlier, Set<String> changedTemplates) {
        return render(proceedings, report, earlier, changedTemplates, file -> { }, true);
    }

    /**
     * As {@link #render(Proceedings, Report, Rendering, Set)}, and hands each file to {@code made} as soon
     * as it is made, from the thread that made it (a build writes it to disk while the rest renders).
     *
     * @param forRebuild keep what each page was rendered from, for a later rebuild to compare with (a preview
     *                   does; a build that ends after this does not, and saves the memory)
     */
    public Rendering render(Proceedings proceedings, Report report, Rendering earlier, Set<String> changedTemplates,
                            Consumer<OutputFile> made, boolean forRebuild) {
        Strings strings = theme.strings(proceedings.site().language());
        Bodies bodies = new Bodies(markup, report, earlier, proceedings.content().assets());
        bodies.prepare(proceedings.content());
        ViewBuilder views = new ViewBuilder(proceedings, strings, bodies);
        View.SiteView site = siteView(proceedings, strings, views);
        PageHeads heads = new PageHeads(proceedings, bodies, strings);
        Map<String, Set<String>> templatesUsed = new java.util.concurrent.ConcurrentHashMap<>();
        // pages are rendered on all cores, then collected in the order of the jobs
        List<Rendered> outcomes = jobs(proceedings, strings, views).parallelStream().map(job -> {
            Set<String> templates = templatesUsed.computeIfAbsent(job.template(), theme::templatesUsedBy);
            Rendering.PageInputs inputs = new Rendering.PageInputs(job.template(), templates,
                    model(job, site, heads.of(job.url(), job.title()), strings, proceedings));
            Rendering.Page before = earlier.pages.get(job.url());
            boolean unchanged = before != null && before.inputs().equals(inputs)
                    && !changedTemplates.contains(ALL_TEMPLATES)
                    && templates.stream().noneMatch(changedTemplates::contains);
            Optional<OutputFile> file = unchanged ? Optional.of(before.file()) : render(job, inputs.model(), report);
            file.ifPresent(made);
            return new Rendered(job.url(), forRebuild ? inputs : null, file, !unchanged);
        }).toList();
        List<OutputFile> files = new ArrayList<>();
        Map<String, Rendering.Page> pages = new HashMap<>();
        int rendered = 0;
        for (Rendered outcome : outcomes) {
            rendered += outcome.fresh() ? 1 : 0;
            outcome.file().ifPresent(f -> {
                files.add(f);
                if (forRebuild) {
                    pages.put(outcome.url(), new Rendering.Page(outcome.inputs(), f));
                }
            });
        }
        theme.staticFiles().forEach((path, bytes) -> {
            OutputFile file = new OutputFile(path, bytes);
            files.add(file);
            made.accept(file);
        });
        return forRebuild ? new Rendering(files, rendered, pages, bodies.blocks(), bodies.inlines())
                : new Rendering(files, rendered, pages, Map.of(), Map.of());
    }

    private List<PageJob> jobs(Proceedings p, Strings s, ViewBuilder views) {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(new PageJob("", "home.ftlh", "home", p.site().title(), views.homePage()));
        jobs.add(new PageJob("events/", "events.ftlh", "events", s.get("events_title"), views.eventsPage()));
        for (Event e : p.events()) {
            String url = ViewBuilder.eventUrl(e.id());
            jobs.add(new PageJob(url, "event.ftlh", "events", e.title(), views.eventPage(e, rootOf(url)))
                    .searchable("event", Optional.of(e.date()), views));
            String printUrl = ViewBuilder.printUrl(e.id());
            jobs.add(new PageJob(printUrl, "print.ftlh", "events", s.get("print_title") + ": " + e.title(),
                    views.printVolume(e, rootOf(printUrl))));
            for (Speech speech : p.speeches(e.id())) {
                String speechUrl = ViewBuilder.speechUrl(speech);
                jobs.add(new PageJob(speechUrl, "speech.ftlh", "events", speech.title(),
                        views.speechPage(speech, rootOf(speechUrl))).searchable("speech", Optional.of(e.date()), views));
            }
        }
        jobs.add(listJob("people/", "people", s.get("people_title"),
                p.people().stream().map(x -> views.person(x.id())).toList()));
        for (Person person : p.people()) {
            String url = ViewBuilder.personUrl(person.id());
            jobs.add(new PageJob(url, "person.ftlh", "people", person.name(), views.personPage(person, rootOf(url)))
                    .searchable("person", Optional.empty(), views));
        }
        jobs.add(listJob("organizations/", "organizations", s.get("organizations_title"),
                p.organizations().stream().map(x -> views.organization(x.id())).toList()));
        for (Organization o : p.organizations()) {
            jobs.add(new PageJob(ViewBuilder.organizationUrl(o.id()), "organization.ftlh", "organizations", o.name(),
                    views.organizationPage(o)).searchable("organization", Optional.empty(), views));
        }
        jobs.add(listJob("documents/", "documents", s.get("documents_title"),
                p.documents().stream().map(x -> views.document(x.id())).toList()));
        for (Document d : p.documents()) {
            String url = ViewBuilder.documentUrl(d.id());
            jobs.add(new PageJob(url, "document.ftlh", "documents", d.title(), views.documentPage(d, rootOf(url)))
                    .searchable("document", d.date(), views));
        }
        jobs.add(listJob("tags/", "tags", s.get("tags_title"),
                p.tags().stream().map(t -> new Link(ViewBuilder.tagUrl(t.slug()), t.name())).toList()));
        for (Tag tag : p.tags()) {
            jobs.add(new PageJob(ViewBuilder.tagUrl(tag.slug()), "tag.ftlh", "tags", tag.name(), views.tagPage(tag)));
        }
        jobs.add(new PageJob("tasks/", "tasks.ftlh", "tasks", s.get("tasks_title"), views.tasksPage()));
        for (Task t : p.tasks()) {
            String url = ViewBuilder.taskUrl(t.id());
            jobs.add(new PageJob(url, "task.ftlh", "tasks", t.title(), views.taskPage(t, rootOf(url)))
                    .searchable("task", t.due(), views));
        }
        jobs.addAll(taskViewJobs(views.tasks()));
        for (Page page : p.content().pages()) {
            String url = ViewBuilder.pageUrl(page.id());
            jobs.add(new PageJob(url, "page.ftlh", page.id(), page.title(),
                    new View.FreePage(page.title(), views.pageBody(page, rootOf(url))))
                    .searchable("page", Optional.empty(), views));
        }
        jobs.add(new PageJob("search/", "search.ftlh", "search", s.get("search_title"), null));
        jobs.add(new PageJob("404.html", "404.ftlh", "", s.get("not_found_title"), null));
        return jobs;
    }

    /** The tracker's static views, one page a standing, a responsible body and an event. */
    private static List<PageJob> taskViewJobs(TaskViews tasks) {
        List<PageJob> jobs = new ArrayList<>();
        for (org.acta.assemble.TaskStanding standing : org.acta.assemble.TaskStanding.values()) {
            View.TasksPage view = tasks.statusView(standing);
            jobs.add(new PageJob(TaskViews.statusViewUrl(standing), "tasks.ftlh", "tasks", view.heading(), view));
        }
        for (Organization o : tasks.assignees()) {
            View.TasksPage view = tasks.assigneeView(o);
            jobs.add(new PageJob(TaskViews.assigneeViewUrl(o.id()), "tasks.ftlh", "tasks", view.heading(), view));
        }
        for (Event e : tasks.taskEvents()) {
            View.TasksPage view = tasks.eventView(e);
            jobs.add(new PageJob(TaskViews.eventViewUrl(e.id()), "tasks.ftlh", "tasks", view.heading(), view));
        }
        return jobs;
    }

    private static PageJob listJob(String url, String section, String title, List<Link> items) {
        return new PageJob(url, "list.ftlh", section, title, new View.ListPage(title, items));
    }

    private View.SiteView siteView(Proceedings p, Strings s, ViewBuilder views) {
        List<Link> menu = new ArrayList<>(List.of(
                new Link("events/", s.get("nav_events")),
                new Link("tasks/", s.get("nav_tasks")),
                new Link("people/", s.get("nav_people")),
                new Link("organizations/", s.get("nav_organizations")),
                new Link("documents/", s.get("nav_documents"))));
        p.content().pages().stream()
                .sorted(java.util.Comparator.comparing((Page pg) -> pg.order().orElse(Integer.MAX_VALUE))
                        .thenComparing(Page::id))
                .forEach(pg -> menu.add(new Link(ViewBuilder.pageUrl(pg.id()), pg.title())));
        return new View.SiteView(p.site().title(), p.site().description().orElse(null),
                p.site().language().code(), menu, views.asOf(), "Acta");
    }

    /** "events/x/" is two folders down: its links to the site root start with "../../". */
    static String rootOf(String url) {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '/') {
                depth++;
            }
        }
        return depth == 0 ? "" : "../".repeat(depth);
    }

    private static Map<String, Object> model(PageJob job, View.SiteView site, View.Head head, Strings strings,
                                             Proceedings p) {
        boolean notFoundPage = job.url().endsWith(".html");
        String root = notFoundPage ? basePath(p.site().baseUrl()) : rootOf(job.url());
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("t", strings.values());
        model.put("root", root);
        model.put("section", job.section());
        model.put("title", job.title());
        model.put("url", job.url());
        model.put("canonical", p.site().baseUrl() + (notFoundPage ? "" : job.url()));
        model.put("meta", head);
        if (job.view() != null) {
            model.put("page", job.view());
        }
        if (job.search() != null) {
            model.put("search", job.search());
        }
        return model;
    }

    private Optional<OutputFile> render(PageJob job, Map<String, Object> model, Report report) {
        boolean notFoundPage = job.url().endsWith(".html");
        try {
            Template template = theme.freemarker().getTemplate(job.template());
            Utf8Writer out = new Utf8Writer(32 * 1024);
            template.process(model, out);
            String path = notFoundPage ? job.url() : job.url() + "index.html";
            return Optional.of(new OutputFile(path, out.toByteArray()));
        } catch (ParseException e) {
            report.error(templatePath(e.getTemplateName()), e.getLineNumber(),
                    "template syntax: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            report.error(templatePath(e.getTemplateSourceName()), Math.max(0, nullToZero(e.getLineNumber())),
                    "template error while rendering /" + job.url() + ": " + firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            report.error(templatePath(job.template()), 0, "template cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static int nullToZero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    private String templatePath(String name) {
        if (name == null) {
            return templatesDisplay;
        }
        boolean own = theme.folder().map(f -> Files.exists(f.resolve(name))).orElse(false);
        return own ? templatesDisplay + "/" + name : "(built-in theme)/" + name;
    }

    /** "https://x.org/acta/" → "/acta/": the root for pages served at any depth. */
    static String basePath(String baseUrl) {
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
