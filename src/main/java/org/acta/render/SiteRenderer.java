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
import org.acta.diag.Report;
import org.acta.markup.MarkupRenderer;
import org.acta.model.OutputFile;
import org.acta.model.Page;
import org.acta.pages.Address;
import org.acta.pages.Addresses;
import org.acta.pages.PageKind;
import org.acta.render.PageJobs.PageJob;
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

    /** One page's result: its file (none when its template failed), and whether it was rendered afresh. */
    private record Rendered(Address address, Rendering.PageInputs inputs, Optional<OutputFile> file, boolean fresh) {
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
        Addresses addresses = new Addresses(proceedings.site());
        ViewBuilder views = new ViewBuilder(proceedings, strings, bodies, addresses);
        View.SiteView site = siteView(proceedings, strings, views);
        PageHeads heads = new PageHeads(proceedings, bodies, strings, addresses);
        Map<String, Set<String>> templatesUsed = new java.util.concurrent.ConcurrentHashMap<>();
        // pages are rendered on all cores, then collected in the order of the jobs
        List<Rendered> outcomes = new PageJobs(views, heads).all().parallelStream().map(job -> {
            Set<String> templates = templatesUsed.computeIfAbsent(job.template(), theme::templatesUsedBy);
            Rendering.PageInputs inputs = new Rendering.PageInputs(job.template(), templates,
                    model(job, site, strings, addresses));
            Rendering.Page before = earlier.pages.get(job.address().path());
            boolean unchanged = before != null && before.inputs().equals(inputs)
                    && !changedTemplates.contains(ALL_TEMPLATES)
                    && templates.stream().noneMatch(changedTemplates::contains);
            Optional<OutputFile> file = unchanged ? Optional.of(before.file()) : render(job, inputs.model(), report);
            file.ifPresent(made);
            return new Rendered(job.address(), forRebuild ? inputs : null, file, !unchanged);
        }).toList();
        List<OutputFile> files = new ArrayList<>();
        List<Address> rendered = new ArrayList<>();
        Map<String, Rendering.Page> pages = new HashMap<>();
        int fresh = 0;
        for (Rendered outcome : outcomes) {
            fresh += outcome.fresh() ? 1 : 0;
            outcome.file().ifPresent(f -> {
                files.add(f);
                rendered.add(outcome.address());
                if (forRebuild) {
                    pages.put(outcome.address().path(), new Rendering.Page(outcome.inputs(), f));
                }
            });
        }
        theme.staticFiles().forEach((path, bytes) -> {
            OutputFile file = new OutputFile(path, bytes);
            files.add(file);
            made.accept(file);
        });
        return forRebuild ? new Rendering(files, rendered, fresh, pages, bodies.blocks(), bodies.inlines())
                : new Rendering(files, rendered, fresh, pages, Map.of(), Map.of());
    }

    private View.SiteView siteView(Proceedings p, Strings s, ViewBuilder views) {
        Addresses addresses = views.addresses();
        List<Link> menu = new ArrayList<>(List.of(
                new Link(addresses.path(PageKind.EVENTS), s.get("nav_events")),
                new Link(addresses.path(PageKind.TRACKER), s.get("nav_tasks")),
                new Link(addresses.path(PageKind.PEOPLE), s.get("nav_people")),
                new Link(addresses.path(PageKind.ORGANIZATIONS), s.get("nav_organizations")),
                new Link(addresses.path(PageKind.DOCUMENTS), s.get("nav_documents"))));
        p.content().pages().stream()
                .sorted(java.util.Comparator.comparing((Page pg) -> pg.order().orElse(Integer.MAX_VALUE))
                        .thenComparing(Page::id))
                .forEach(pg -> menu.add(new Link(addresses.path(PageKind.PAGE, pg.id()), pg.title())));
        return new View.SiteView(p.site().title(), p.site().description().orElse(null),
                p.site().language().code(), menu, views.asOf(), "Acta", views.siteLinks(), ViewBuilder.themeFiles());
    }

    /**
     * What a template sees: the site, the strings, the way back to the site root, the page's part of the
     * menu ({@code section}, and {@code sectionUrl}, the address of its entry), its title, its address and
     * the absolute address it claims ({@code canonical}, empty for the page for a missing address, which
     * claims none), its head, its view, for a searched page how search lists it, and, for a draft's page
     * (shown by the preview and by a build with drafts), {@code draft}.
     */
    private static Map<String, Object> model(PageJob job, View.SiteView site, Strings strings, Addresses addresses) {
        Address address = job.address();
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("t", strings.values());
        model.put("root", addresses.root(address));
        model.put("section", address.section());
        model.put("sectionUrl", address.section() + "/");
        model.put("title", job.title());
        model.put("url", address.path());
        model.put("canonical", addresses.canonical(address).orElse(""));
        model.put("meta", job.head());
        if (job.view() != null) {
            model.put("page", job.view());
        }
        job.search().ifPresent(search -> model.put("search", search));
        if (job.draft()) {
            model.put("draft", true);
        }
        return model;
    }

    private Optional<OutputFile> render(PageJob job, Map<String, Object> model, Report report) {
        try {
            Template template = theme.freemarker().getTemplate(job.template());
            Utf8Writer out = new Utf8Writer(32 * 1024);
            template.process(model, out);
            return Optional.of(new OutputFile(job.address().file(), out.toByteArray()));
        } catch (ParseException e) {
            report.error(templatePath(e.getTemplateName()), e.getLineNumber(),
                    "template syntax: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            report.error(templatePath(e.getTemplateSourceName()), Math.max(0, nullToZero(e.getLineNumber())),
                    "template error while rendering /" + job.address().path() + ": "
                            + firstLine(e.getMessageWithoutStackTop()));
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
}
