package org.acta.bind;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.diag.Messages;
import org.acta.diag.Report;
import org.acta.fields.ContentFields;
import org.acta.model.Asset;
import org.acta.model.Content;
import org.acta.model.Drafts;
import org.acta.model.Event;
import org.acta.model.Language;
import org.acta.model.Markdown;
import org.acta.model.Origin;
import org.acta.model.PartialDate;
import org.acta.model.Site;
import org.acta.model.SpeechRole;
import org.acta.model.Task;
import org.acta.model.TaskUpdate;
import org.acta.source.SourceFile;
import org.acta.source.SourceTree;
import org.acta.source.YamlNode;

/**
 * Turns the read files into checked records. Problems go to the report and binding goes on,
 * so that one build names every mistake; references are checked once every item is known.
 */
public final class ContentBinder {
    private final Report report;
    private final boolean showDrafts;

    /**
     * @param showDrafts whether the site shows the drafts whose required fields are filled in, marked as
     *                   drafts (the preview, a staging build); else every draft is left out of it
     */
    public ContentBinder(Report report, boolean showDrafts) {
        this.report = report;
        this.showDrafts = showDrafts;
    }

    /** The content the site shows, with what it leaves out named in its {@link Content#drafts()}. */
    public Content bind(SourceTree tree) {
        Binding binding = new Binding(report, Messages.of(tree.language().code()));
        Site site = tree.site().map(f -> site(f, binding, tree.language())).orElse(
                new Site("Acta", "http://localhost/", tree.language(), Optional.empty(), Optional.empty()));
        FormerIds formerIds = new FormerIds(report);
        ItemBinder items = new ItemBinder(binding, tree.assets().stream().map(Asset::path).toList(), formerIds);
        Publication publication = new Publication(binding, showDrafts);
        List<Event> events = new ArrayList<>();
        List<org.acta.model.Speech> speeches = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<org.acta.model.Person> people = new ArrayList<>();
        List<org.acta.model.Organization> organizations = new ArrayList<>();
        List<org.acta.model.Document> documents = new ArrayList<>();
        List<org.acta.model.Page> pages = new ArrayList<>();
        for (SourceFile file : tree.files()) {
            switch (file.kind()) {
                case EVENT -> events.add(items.event(file));
                case SPEECH -> speeches.add(items.speech(file));
                case TASK -> tasks.add(items.task(file));
                case PERSON -> people.add(items.person(file));
                case ORGANIZATION -> organizations.add(items.organization(file));
                case DOCUMENT -> documents.add(items.document(file));
                case PAGE -> pages.add(items.page(file));
                case SITE -> throw new IllegalStateException("site.yaml is read apart");
            }
            publication.read(file);
        }
        Content bound = new Content(site, events, speeches, tasks, people, organizations, documents, pages,
                tree.assets(), Drafts.NONE);
        Content content = publication.sortOut(bound);
        new References(report, content, tree.unreadable(), publication).check(binding.refs());
        formerIds.check(content);
        checkSpeechesHaveEvents(bound, tree.unreadable());
        new TagNames(report).check(tree.files());
        return content;
    }

    /**
     * Warns of progress updates dated after the as-of date: the log should not run ahead of the
     * day the tracker is judged on.
     */
    public void checkUpdatesAgainst(Content content, LocalDate asOf) {
        for (Task task : content.tasks()) {
            for (TaskUpdate update : task.updates()) {
                if (!update.date().isUnknown() && update.date().start().isAfter(asOf)) {
                    report.warning(update.origin().path(), update.origin().line(), "update dated " + update.date()
                            + " is after the as-of date " + asOf + "; it is shown but not counted");
                }
            }
        }
    }

    private Site site(SourceFile file, Binding binding, Language named) {
        Fields f = new Fields(file, ContentFields.SITE, binding);
        String title = f.requiredText("title", "Acta");
        String baseUrl = f.text("base_url").map(String::strip).flatMap(url -> absoluteUrl(f, url)).orElse(null);
        if (baseUrl == null) {
            if (f.value("base_url").isEmpty()) {
                f.missing("base_url");
            }
            baseUrl = "http://localhost/";
        }
        Language language = f.choice("language", code -> code.equals("vi") ? Optional.of(Language.VI)
                : code.equals("en") ? Optional.of(Language.EN) : Optional.empty()).orElse(named);
        Optional<LocalDate> asOf = f.knownDate("as_of").flatMap(d -> {
            if (d.precision() != PartialDate.Precision.DAY || d.approximate()) {
                f.error("as_of", "'as_of' must be a whole day, YYYY-MM-DD; found '" + d + "'");
                return Optional.empty();
            }
            return Optional.of(d.start());
        });
        Optional<Integer> dueSoonDays = f.integer("due_soon_days").filter(days -> {
            boolean valid = days >= 0 && days <= 3660;
            if (!valid) {
                f.error("due_soon_days", "'due_soon_days' is a number of days from 0 to 3660, found " + days);
            }
            return valid;
        });
        List<String> removed = removed(f, baseUrl);
        f.warnUnknown();
        return new Site(title, baseUrl, language, f.text("description"), asOf, dueSoonDays, removed);
    }

    /** The addresses removed on purpose, each as a site address with its slashes: {@code /events/x/}. */
    private List<String> removed(Fields f, String baseUrl) {
        List<String> addresses = new ArrayList<>();
        for (YamlNode.Scalar item : f.addresses("removed")) {
            String written = item.text().strip();
            String address = written.startsWith(baseUrl) ? "/" + written.substring(baseUrl.length()) : written;
            if (!address.startsWith("/") || address.startsWith("//") || address.contains(" ")) {
                report.error(f.path(), item.line(), "each item of 'removed' is an address of the site such as "
                        + "/events/x/, found '" + written + "'");
                continue;
            }
            boolean file = address.substring(address.lastIndexOf('/') + 1).contains(".");
            addresses.add(address.endsWith("/") || file ? address : address + "/");
        }
        return addresses;
    }

    private Optional<String> absoluteUrl(Fields f, String url) {
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() && (url.startsWith("http://") || url.startsWith("https://")) && uri.getHost() != null) {
                return Optional.of(url.endsWith("/") ? url : url + "/");
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.error("base_url", "'base_url' must be an absolute http(s) URL such as https://example.org/, found '"
                + url + "'");
        return Optional.empty();
    }

    /**
     * A speech whose event folder has no index.md, of every item bound, drafts included; not when the
     * index.md is there but could not be read.
     */
    private void checkSpeechesHaveEvents(Content content, List<SourceTree.Unreadable> unreadable) {
        java.util.Set<String> events = new java.util.HashSet<>();
        content.events().forEach(e -> events.add(e.id()));
        unreadable.stream().filter(u -> u.kind() == org.acta.source.ContentKind.EVENT).forEach(u -> events.add(u.id()));
        for (org.acta.model.Speech speech : content.speeches()) {
            if (!events.contains(speech.event())) {
                report.error(speech.origin().path(), 0, "speech in events/" + speech.event() + "/, which has no "
                        + "index.md: every event folder needs an index.md describing the event");
            }
        }
    }

    /** For speeches: whether the role lets the speaker be left out. */
    static boolean speakerOptional(SpeechRole role) {
        return role == SpeechRole.DISCUSSION;
    }

    static Markdown body(SourceFile file) {
        return new Markdown(file.body(), new Origin(file.path(), Math.max(1, file.bodyLine())));
    }
}
