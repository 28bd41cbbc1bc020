package org.acta.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.acta.assemble.Proceedings;
import org.acta.assemble.TaskStanding;
import org.acta.model.Event;
import org.acta.model.Origin;
import org.acta.model.PartialDate;
import org.acta.model.Speech;
import org.acta.pages.Address;
import org.acta.pages.Addresses;
import org.acta.pages.Move;
import org.acta.pages.PageKind;
import org.acta.render.View.Link;

/**
 * The pages of the site, kind by kind in the order of {@link PageKind}: for each kind, which pages
 * it has and, for each page, its title, its view model, its head and the date search shows (whether
 * it is searched, and as what, is the table's to say). A kind added to the table is a compile error
 * here until it says so.
 */
final class PageJobs {
    /**
     * One page to render: where it lives, what it shows, what its head says, how search lists it, and
     * whether it is a draft's page, which a published site leaves out (it then says so).
     */
    record PageJob(Address address, String title, Object view, View.Head head, Optional<View.Searchable> search,
                   boolean draft) {
        String template() {
            return address.kind().template();
        }
    }

    private final ViewBuilder views;
    private final PageHeads heads;
    private final Proceedings proceedings;
    private final Addresses addresses;

    /** The pages of the proceedings the views are made from, with their heads. */
    PageJobs(ViewBuilder views, PageHeads heads) {
        this.views = views;
        this.heads = heads;
        this.proceedings = views.proceedings();
        this.addresses = views.addresses();
    }

    /** Every page of the site. */
    List<PageJob> all() {
        List<PageJob> jobs = new ArrayList<>();
        for (PageKind kind : PageKind.values()) {
            jobs.addAll(of(kind, jobs));
        }
        return jobs;
    }

    /** The pages of {@code kind}; {@code before}, the pages of the kinds before it. */
    private List<PageJob> of(PageKind kind, List<PageJob> before) {
        Proceedings p = proceedings;
        TaskViews tasks = views.tasks();
        return switch (kind) {
            case HOME -> List.of(job(addresses.page(kind), p.site().title(), root -> views.homePage(), heads.home()));
            case EVENTS -> List.of(plain(addresses.page(kind), text("events_title"), views.eventsPage()));
            case EVENT -> each(p.events(), e -> of(e.origin(), dated(job(addresses.page(kind, e.id()), e.title(),
                    root -> views.eventPage(e, root), heads.event(e)), Optional.of(e.date()))));
            case PRINT_VOLUME -> each(p.events(), e -> {
                Address at = addresses.page(kind, e.id());
                String title = text("print_title") + ": " + e.title();
                return of(e.origin(), job(at, title, root -> views.printVolume(e, root), heads.printVolume(at, title,
                        e)));
            });
            case SPEECH -> p.events().stream().flatMap(e -> p.speeches(e.id()).stream().map(s -> speech(s, e)))
                    .toList();
            case TRACKER -> List.of(plain(addresses.page(kind), text("tasks_title"), views.tasksPage()));
            case TASK -> each(p.tasks(), t -> of(t.origin(), dated(job(addresses.page(kind, t.id()), t.title(),
                    root -> views.taskPage(t, root), heads.task(t)), t.due())));
            case TASKS_BY_STANDING -> each(List.of(TaskStanding.values()), standing -> trackerView(
                    addresses.page(kind, standing.id()), tasks.statusView(standing)));
            case TASKS_BY_ASSIGNEE -> each(tasks.assignees(), o -> of(o.origin(), trackerView(addresses.page(kind,
                    o.id()), tasks.assigneeView(o))));
            case TASKS_BY_EVENT -> each(tasks.taskEvents(), e -> of(e.origin(), trackerView(addresses.page(kind,
                    e.id()), tasks.eventView(e))));
            case PEOPLE -> List.of(list(kind, "people_title",
                    p.people().stream().map(x -> views.person(x.id())).toList()));
            case PERSON -> each(p.people(), x -> of(x.origin(), job(addresses.page(kind, x.id()), x.name(),
                    root -> views.personPage(x, root), heads.person(x))));
            case ORGANIZATIONS -> List.of(list(kind, "organizations_title",
                    p.organizations().stream().map(x -> views.organization(x.id())).toList()));
            case ORGANIZATION -> each(p.organizations(), o -> of(o.origin(), job(addresses.page(kind, o.id()),
                    o.name(), root -> views.organizationPage(o), heads.organization(o))));
            case DOCUMENTS -> List.of(list(kind, "documents_title",
                    p.documents().stream().map(x -> views.document(x.id())).toList()));
            case DOCUMENT -> each(p.documents(), d -> of(d.origin(), dated(job(addresses.page(kind, d.id()),
                    d.title(), root -> views.documentPage(d, root), heads.document(d)), d.date())));
            case TAGS -> List.of(list(kind, "tags_title", p.tags().stream().map(views::tag).toList()));
            case TAG -> each(p.tags(), t -> plain(addresses.page(kind, t.slug()), t.name(), views.tagPage(t)));
            case PAGE -> each(p.content().pages(), page -> {
                Address at = addresses.page(kind, page.id());
                return of(page.origin(), job(at, page.title(), root -> new View.FreePage(page.title(),
                        views.pageBody(page, root)), heads.page(at, page)));
            });
            case SEARCH -> List.of(plain(addresses.page(kind), text("search_title"), views.searchPage()));
            case NOT_FOUND -> List.of(plain(addresses.page(kind), text("not_found_title"), null));
            case MOVED -> moved(before);
        };
    }

    /** A page at each former address of the pages before, sending the reader on to the page it leads to. */
    private List<PageJob> moved(List<PageJob> before) {
        List<Move> moves = addresses.moves(addresses.itemPages(proceedings.content()),
                before.stream().map(PageJob::address).toList());
        if (moves.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = new HashMap<>();
        before.forEach(job -> titles.put(job.address().path(), job.title()));
        return each(moves, move -> {
            String title = titles.get(move.to().path());
            return plain(addresses.moved(move.from()), title, new View.MovedPage(title, move.to().path(),
                    addresses.absolute(move.to())));
        });
    }

    private PageJob speech(Speech s, Event e) {
        return of(s.origin(), dated(job(addresses.page(PageKind.SPEECH, s.event(), s.id()), s.title(),
                root -> views.speechPage(s, root), heads.speech(s, e)), Optional.of(e.date())));
    }

    /** A page of the item written at {@code item}: a draft's page when a published site leaves the item out. */
    private PageJob of(Origin item, PageJob job) {
        return proceedings.content().drafts().marks(item) ? new PageJob(job.address(), job.title(), job.view(),
                job.head(), job.search(), true) : job;
    }

    /** A page whose view links from its own place: the view is made with the page's way to the root. */
    private PageJob job(Address at, String title, Function<String, Object> view, View.Head head) {
        return new PageJob(at, title, view.apply(addresses.root(at)), head, searchable(at, Optional.empty()), false);
    }

    /** A page that shows no item of its own: a list, the tracker's views, search, the page for a missing address. */
    private PageJob plain(Address at, String title, Object view) {
        return new PageJob(at, title, view, heads.plain(at, title), searchable(at, Optional.empty()), false);
    }

    private PageJob trackerView(Address at, View.TasksPage view) {
        return plain(at, view.heading(), view);
    }

    private PageJob list(PageKind kind, String titleKey, List<Link> items) {
        String title = text(titleKey);
        return plain(addresses.page(kind), title, views.listPage(title, items));
    }

    /** The page, dated {@code date} in search as the page shows it. */
    private PageJob dated(PageJob job, Optional<PartialDate> date) {
        return new PageJob(job.address(), job.title(), job.view(), job.head(), searchable(job.address(), date),
                job.draft());
    }

    /** How search lists the page, when its kind is searched: as that kind, with its date and the date's year. */
    private Optional<View.Searchable> searchable(Address at, Optional<PartialDate> date) {
        Optional<PartialDate> known = date.filter(d -> !d.isUnknown());
        return at.kind().searchKind().map(kind -> new View.Searchable(kind, known.map(views::date).orElse(null),
                known.map(d -> Integer.toString(d.year())).orElse(null)));
    }

    private String text(String key) {
        return views.strings().get(key);
    }

    private static <T> List<PageJob> each(List<T> items, Function<T, PageJob> job) {
        return items.stream().map(job).toList();
    }
}
