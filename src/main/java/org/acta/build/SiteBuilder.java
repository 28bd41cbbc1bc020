package org.acta.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.acta.assemble.Proceedings;
import org.acta.bind.ContentBinder;
import org.acta.diag.Diagnostic;
import org.acta.diag.Report;
import org.acta.links.ExternalLinks;
import org.acta.links.LinkChecker;
import org.acta.links.LiveAddresses;
import org.acta.links.WrittenLink;
import org.acta.model.Content;
import org.acta.model.OutputFile;
import org.acta.output.Outputs;
import org.acta.pages.Addresses;
import org.acta.pages.ItemPage;
import org.acta.pages.Move;
import org.acta.publish.Publisher;
import org.acta.render.Rendering;
import org.acta.render.SiteRenderer;
import org.acta.search.SearchIndex;
import org.acta.source.ContentReader;
import org.acta.source.SourceTree;

/**
 * Builds a site: read the content, bind it to records, assemble the derived data, render every
 * page, index the rendered pages for search and write the exports; then, by what the build is for,
 * publish it ({@link #build}), check the links the content writes and compare its addresses with the
 * live site's ({@link #check}), or keep it in memory for the preview ({@link #preview}). Every stage reports into one report and carries on,
 * so one build names every problem; a stage that needs the site stops at the first error.
 *
 * <p>A builder holds only its options: what a later call needs is returned by the earlier one.
 */
public final class SiteBuilder {
    private final BuildOptions options;

    public SiteBuilder(BuildOptions options) {
        this.options = options;
    }

    /**
     * A build made and, when it had no errors, published: then the outcome says how many files
     * changed; or the reason it could not be published (the site is then as it was).
     */
    public record Built(BuildResult result, Optional<Publisher.Outcome> outcome,
                        Optional<Publisher.PublishException> failure, StageTimes times) {
    }

    /**
     * A build that was not published, with the links the content writes checked against it: its
     * problems include every dead site link, and the links to other sites are listed.
     */
    public record Checked(BuildResult result, List<WrittenLink> external, StageTimes times) {
        public Checked {
            external = List.copyOf(external);
        }
    }

    /**
     * Takes the fingerprint of the inputs now, before anything is read, and finds whether the live
     * site was built from exactly these inputs: then building again would give the same site.
     */
    public InputsCheck checkInputs() {
        StageTimes times = new StageTimes();
        String fingerprint = Inputs.fingerprint(options);
        times.lap("check inputs");
        return new InputsCheck(fingerprint, new Publisher(options.output()).liveNote().flatMap(BuildNote::parse)
                .filter(note -> note.inputs().equals(fingerprint)), times);
    }

    /**
     * Reads, checks, renders and publishes. Each page is written into a new build folder as soon as
     * it is rendered, so the disk works while the processors render; the folder becomes the site
     * only when the whole build had no errors, and is deleted otherwise. The site's note keeps the
     * fingerprint of {@code inputs}, taken before anything was read.
     */
    public Built build(InputsCheck inputs) {
        Made made = make(new Aim.Publishing(inputs.fingerprint()), new StageTimes(inputs.times()));
        return new Built(made.result(), made.outcome(), made.failure(), made.times());
    }

    /**
     * Reads, checks and renders everything, then checks the links the content writes against the
     * rendered site; writes nothing.
     *
     * @param fetchExternal when present, also fetches each link to another site, waiting this long for
     *                      each, and warns about those that do not answer (needs the network)
     */
    public Checked check(Optional<Duration> fetchExternal) {
        Made made = make(new Aim.Checking(fetchExternal), new StageTimes());
        return new Checked(made.result(), made.external(), made.times());
    }

    /**
     * The content as a build reads and checks it, bound but not rendered, with the files named in
     * {@code replaced} (by their path in the content folder, {@code tasks/x.md}) read as if they held
     * those bytes: what a command that edits content checks its edits with before writing them.
     * Writes nothing.
     */
    public Bound bind(Map<String, byte[]> replaced) {
        Report report = new Report();
        Read read = read(report, replaced, new StageTimes());
        return new Bound(read.content(), read.asOf(), report.diagnostics());
    }

    /** The content bound and checked, the as-of date it was checked against, and every problem found. */
    public record Bound(Content content, LocalDate asOf, List<Diagnostic> diagnostics) {
        public Bound {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** The content read and bound, and the as-of date its updates were checked against. */
    private record Read(Content content, LocalDate asOf) {
    }

    /** The first stages: read (some files as if they held {@code replaced}), bind, updates against the as-of date. */
    private Read read(Report report, Map<String, byte[]> replaced, StageTimes times) {
        SourceTree tree = new ContentReader(options.source(), options.sourceDisplay(), report, options.limits())
                .read(replaced);
        times.lap("read");
        ContentBinder binder = new ContentBinder(report, options.drafts());
        Content content = binder.bind(tree);
        LocalDate asOf = options.asOf().or(() -> content.site().asOf()).orElse(options.today());
        binder.checkUpdatesAgainst(content, asOf);
        times.lap("bind");
        return new Read(content, asOf);
    }

    /** The preview's first build: everything rendered, kept in memory; writes nothing. */
    public Preview preview() {
        return preview(Rendering.NONE, Set.of());
    }

    /**
     * The preview's next build after the given files changed: everything read and checked again,
     * and only the pages whose inputs changed since {@code earlier} rendered again (see
     * {@link SiteRenderer#render(Proceedings, Report, Rendering, Set)}). Writes nothing.
     *
     * @param changed the files and folders changed on disk since, in the content or the theme folder
     */
    public Preview preview(Preview earlier, Set<Path> changed) {
        return preview(earlier.rendering(), changed);
    }

    private Preview preview(Rendering earlier, Set<Path> changed) {
        Made made = make(new Aim.Previewing(earlier, templatesChanged(changed)), new StageTimes());
        return new Preview(made.result(), made.rendering(), made.pagesRendered(), made.times());
    }

    /** What a build is for; the stages are the same, and each aim adds or keeps one thing. */
    private sealed interface Aim {
        /** Written into a new build folder as it is made, and made the site; the note keeps the fingerprint. */
        record Publishing(String fingerprint) implements Aim {
        }

        /** Not written; the content's links checked against the site. */
        record Checking(Optional<Duration> fetchExternal) implements Aim {
        }

        /** Not written; what each page was made from kept, for the next preview build to compare with. */
        record Previewing(Rendering earlier, Set<String> changedTemplates) implements Aim {
        }

        default Rendering earlier() {
            return this instanceof Previewing p ? p.earlier() : Rendering.NONE;
        }
    }

    /** Everything a build made, whatever it was for. */
    private record Made(BuildResult result, Rendering rendering, int pagesRendered, List<WrittenLink> external,
                        Optional<Publisher.Outcome> outcome, Optional<Publisher.PublishException> failure,
                        StageTimes times) {
        /** A build that stopped before rendering, or could not be published: nothing made, nothing to keep. */
        static Made stopped(BuildResult result, Aim aim, Optional<Publisher.PublishException> failure,
                            StageTimes times) {
            return new Made(result, aim.earlier(), 0, List.of(), Optional.empty(), failure, times);
        }
    }

    /** The stages, in their order. */
    private Made make(Aim aim, StageTimes times) {
        Report report = new Report();
        Read read = read(report, Map.of(), times);
        Content content = read.content();
        LocalDate asOf = read.asOf();
        Proceedings proceedings = Proceedings.assemble(content, asOf);
        times.lap("assemble");
        if (report.hasErrors()) {
            return Made.stopped(result(report, List.of(), content, asOf), aim, Optional.empty(), times);
        }
        Optional<Publisher.Draft> draft = Optional.empty();
        try {
            draft = open(aim);
            Consumer<OutputFile> write = draft.<Consumer<OutputFile>>map(d -> file -> d.add(List.of(file)))
                    .orElse(file -> { });
            Rendering rendering = render(proceedings, report, aim, write);
            times.lap("render");
            if (report.hasErrors()) {
                return new Made(result(report, List.of(), content, asOf), rendering, 0, List.of(), Optional.empty(),
                        Optional.empty(), times);
            }
            List<OutputFile> files = new ArrayList<>(rendering.files());
            files.addAll(written(SearchIndex.build(rendering.files()), write));
            times.lap("search index");
            Addresses addresses = new Addresses(content.site());
            List<ItemPage> items = addresses.itemPages(content);
            List<Move> moves = addresses.moves(items, rendering.addresses());
            files.addAll(written(Outputs.render(proceedings, rendering.addresses(), moves), write));
            times.lap("exports");
            List<WrittenLink> external = List.of();
            if (aim instanceof Aim.Checking checking) {
                external = checkLinks(content, files, moves, checking.fetchExternal(), report, times);
                compareWithLive(new LiveAddresses(addresses, items, content.site(), options.sourceDisplay()
                        + "/site.yaml"), rendering, report);
                times.lap("live site");
            }
            BuildResult result = result(report, files, content, asOf);
            Optional<Publisher.Outcome> outcome = Optional.empty();
            if (aim instanceof Aim.Publishing publishing && !result.hasErrors()) {
                outcome = Optional.of(draft.orElseThrow().publish(result.assets(), note(publishing, result)));
                times.lap("publish");
            }
            return new Made(result, rendering, rendering.pagesRendered(), external, outcome, Optional.empty(), times);
        } catch (Publisher.PublishException e) {
            return Made.stopped(result(report, List.of(), content, asOf), aim, Optional.of(e), times);
        } finally {
            draft.ifPresent(Publisher.Draft::close); // a draft that was not published is deleted
        }
    }

    /** A build folder to write into, for a build that publishes. */
    private Optional<Publisher.Draft> open(Aim aim) throws Publisher.PublishException {
        return aim instanceof Aim.Publishing ? Optional.of(new Publisher(options.output()).open()) : Optional.empty();
    }

    private Rendering render(Proceedings proceedings, Report report, Aim aim, Consumer<OutputFile> write) {
        Set<String> changedTemplates = aim instanceof Aim.Previewing p ? p.changedTemplates() : Set.of();
        return new SiteRenderer(options.templates(), options.templatesDisplay())
                .render(proceedings, report, aim.earlier(), changedTemplates, write, aim instanceof Aim.Previewing);
    }

    private static List<OutputFile> written(List<OutputFile> files, Consumer<OutputFile> write) {
        files.forEach(write);
        return files;
    }

    /** Every dead site link is an error at its line; links to other sites are listed, and fetched when asked. */
    private static List<WrittenLink> checkLinks(Content content, List<OutputFile> files, List<Move> moves,
                                                Optional<Duration> fetch, Report report, StageTimes times) {
        LinkChecker.Result links = new LinkChecker(files, content.assets(), content.site().baseUrl(), moves)
                .check(content);
        report.addAll(links.diagnostics());
        times.lap("links");
        if (fetch.isPresent()) {
            report.addAll(new ExternalLinks(fetch.get()).check(links.external()));
            times.lap("external links");
        }
        return links.external();
    }

    /**
     * Warns of each address of the live site beside the output that this build would take away; a live
     * site that cannot be read is said, and compared with nothing.
     */
    private void compareWithLive(LiveAddresses live, Rendering rendering, Report report) {
        try {
            report.addAll(live.check(new Publisher(options.output()).livePages(), rendering.addresses()));
        } catch (Publisher.PublishException e) {
            report.warning(options.output().toString(), 0, "not compared with the live site: " + e.getMessage());
        }
    }

    private static BuildResult result(Report report, List<OutputFile> files, Content content, LocalDate asOf) {
        return new BuildResult(report.diagnostics(), files, content.assets(), asOf, new Addresses(content.site()),
                content.drafts().files());
    }

    private static String note(Aim.Publishing publishing, BuildResult result) {
        return new BuildNote(publishing.fingerprint(), (int) result.pageCount(), result.asOf(),
                result.diagnostics().stream().map(Diagnostic::format).toList()).text();
    }

    /**
     * The templates among the changed files, by name in the theme folder ("speech.ftlh"); the theme
     * folder itself, when the system only said something below it changed, is every template.
     */
    private Set<String> templatesChanged(Set<Path> changed) {
        Set<String> names = new TreeSet<>();
        options.templates().map(t -> t.toAbsolutePath().normalize()).ifPresent(theme -> {
            for (Path path : changed) {
                Path absolute = path.toAbsolutePath().normalize();
                if (absolute.equals(theme)) {
                    names.add(SiteRenderer.ALL_TEMPLATES);
                } else if (absolute.startsWith(theme)) {
                    names.add(theme.relativize(absolute).toString().replace('\\', '/'));
                }
            }
        });
        return names;
    }
}
