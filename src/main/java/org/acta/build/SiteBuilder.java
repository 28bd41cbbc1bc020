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
 * page in memory and index the rendered pages for search; then, only if nothing was wrong,
 * publish. Every stage reports into one report and carries on, so one build names every problem.
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
        Rendering rendering = report.hasErrors() ? earlier
                : new SiteRenderer(options.templates(), options.templatesDisplay())
                        .render(proceedings, report, earlier, changedTemplates);
        times.lap("render");
        List<OutputFile> files = new ArrayList<>();
        if (!report.hasErrors()) {
            files.addAll(rendering.files());
            files.addAll(SearchIndex.build(rendering.files()));
            times.lap("search index");
            files.addAll(Outputs.render(proceedings, files));
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

    /** Publishes a rendered site that has no errors; says how many files changed. */
    public Publisher.Outcome publish(BuildResult result) throws Publisher.PublishException {
        if (result.hasErrors()) {
            throw new IllegalStateException("a build with errors is never published");
        }
        // without a fingerprint taken before reading, the note says nothing a later build could match
        String note = inputs == null ? "" : new BuildNote(inputs, (int) result.pageCount(), result.asOf(),
                result.diagnostics().stream().map(Diagnostic::format).toList()).text();
        Publisher.Outcome outcome = new Publisher(options.output()).publish(result.files(), result.assets(), note);
        times.lap("publish");
        return outcome;
    }

    /** How long each stage of the last build took. */
    public StageTimes times() {
        return times;
    }
}
