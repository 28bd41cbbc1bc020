package org.acta.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acta.assemble.Proceedings;
import org.acta.bind.ContentBinder;
import org.acta.diag.Diagnostic;
import org.acta.diag.Report;
import org.acta.model.Content;
import org.acta.model.OutputFile;
import org.acta.output.Outputs;
import org.acta.publish.Publisher;
import org.acta.render.Rendering;
import org.acta.render.SiteRenderer;
import org.acta.search.SearchIndex;
import org.acta.source.ContentReader;
import org.acta.source.SourceTree;

/**
 * Builds a site: read the content, bind it to records, assemble the derived data, render every
 * page and index the rendered pages for search; {@link #build()} also writes each page into a
 * new build folder as it is rendered and, only if nothing was wrong, makes it the site. Every
 * stage reports into one report and carries on, so one build names every problem.
 */
public final class SiteBuilder {
    private final BuildOptions options;
    private StageTimes times = new StageTimes();
    /** The fingerprint of the inputs, taken before they were read (see {@link #upToDate()}); null when not taken. */
    private String inputs;

    public SiteBuilder(BuildOptions options) {
        this.options = options;
    }

    /** Reads, checks and renders everything; writes nothing. */
    public BuildResult render() {
        return renderAgain(Rendering.NONE, Set.of()).result();
    }

    /**
     * Reads and checks everything again, and renders only the pages whose inputs changed since an
     * {@code earlier} rendering (see {@link SiteRenderer#render(Proceedings, Report, Rendering, Set)}):
     * what a preview does after an edit. Writes nothing.
     *
     * @param changedTemplates the templates changed on disk since, by name in the theme folder
     */
    public Rebuild renderAgain(Rendering earlier, Set<String> changedTemplates) {
        try {
            return make(earlier, changedTemplates, Optional.empty());
        } catch (Publisher.PublishException e) {
            throw new IllegalStateException("nothing is published without a publisher", e);
        }
    }

    /**
     * A build made and, when it had no errors, published: then the outcome says how many files
     * changed; or the reason it could not be published (the site is then as it was).
     */
    public record Built(BuildResult result, Optional<Publisher.Outcome> outcome,
                        Optional<Publisher.PublishException> failure) {
    }

    /**
     * Reads, checks, renders and publishes. Each page is written into a new build folder as soon as
     * it is rendered, so the disk works while the processors render; the folder becomes the site
     * only when the whole build had no errors, and is deleted otherwise.
     */
    public Built build() {
        BuildResult result = null;
        try {
            result = make(Rendering.NONE, Set.of(), Optional.of(new Publisher(options.output()))).result();
            if (draft == null || result.hasErrors()) {
                return new Built(result, Optional.empty(), Optional.empty()); // closing the draft deletes it
            }
            Publisher.Outcome outcome = draft.publish(result.assets(), note(result));
            times.lap("publish");
            return new Built(result, Optional.of(outcome), Optional.empty());
        } catch (Publisher.PublishException e) {
            return new Built(result != null ? result : new BuildResult(List.of(), List.of(), List.of(), options.today()),
                    Optional.empty(), Optional.of(e));
        } finally {
            if (draft != null) {
                draft.close();
                draft = null;
            }
        }
    }

    /** The draft being written by {@link #build()}, from the end of the checks to the publishing. */
    private Publisher.Draft draft;

    private Rebuild make(Rendering earlier, Set<String> changedTemplates, Optional<Publisher> publisher)
            throws Publisher.PublishException {
        if (inputs == null) {
            times = new StageTimes(); // a build that checked its inputs first counts that check as its first stage
        }
        Report report = new Report();
        SourceTree tree = new ContentReader(options.source(), options.sourceDisplay(), report, options.limits())
                .read();
        times.lap("read");
        ContentBinder binder = new ContentBinder(report);
        Content content = binder.bind(tree);
        LocalDate asOf = options.asOf().or(() -> content.site().asOf()).orElse(options.today());
        binder.checkUpdatesAgainst(content, asOf);
        times.lap("bind");
        Proceedings proceedings = Proceedings.assemble(content, asOf);
        times.lap("assemble");
        if (publisher.isPresent() && !report.hasErrors()) {
            draft = publisher.get().open();
        }
        Publisher.Draft writing = draft;
        java.util.function.Consumer<OutputFile> made = writing == null ? file -> { } : file -> writing.add(List.of(file));
        Rendering rendering = report.hasErrors() ? earlier
                : new SiteRenderer(options.templates(), options.templatesDisplay())
                        .render(proceedings, report, earlier, changedTemplates, made, publisher.isEmpty());
        times.lap("render");
        List<OutputFile> files = new ArrayList<>();
        if (!report.hasErrors()) {
            files.addAll(rendering.files());
            List<OutputFile> index = SearchIndex.build(rendering.files());
            index.forEach(made);
            files.addAll(index);
            times.lap("search index");
            List<OutputFile> exports = Outputs.render(proceedings, rendering.addresses());
            exports.forEach(made);
            files.addAll(exports);
            times.lap("exports");
        }
        return new Rebuild(new BuildResult(report.diagnostics(), files, content.assets(), asOf), rendering,
                report.hasErrors() ? 0 : rendering.pagesRendered(), content);
    }

    /**
     * Takes the fingerprint of the inputs now, before anything is read, and returns the note of the
     * live site when it was built from exactly these inputs: then building again would give the
     * same site. A build that publishes after this keeps the fingerprint in its own note.
     */
    public Optional<BuildNote> upToDate() {
        inputs = Inputs.fingerprint(options);
        times.lap("check inputs");
        return new Publisher(options.output()).liveNote().flatMap(BuildNote::parse)
                .filter(note -> note.inputs().equals(inputs));
    }

    /** Without a fingerprint taken before reading, the note says nothing a later build could match. */
    private String note(BuildResult result) {
        return inputs == null ? "" : new BuildNote(inputs, (int) result.pageCount(), result.asOf(),
                result.diagnostics().stream().map(Diagnostic::format).toList()).text();
    }

    /** How long each stage of the last build took. */
    public StageTimes times() {
        return times;
    }
}
