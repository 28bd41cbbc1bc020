package org.acta.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acta.assemble.Proceedings;
import org.acta.bind.ContentBinder;
import org.acta.diag.Report;
import org.acta.model.Content;
import org.acta.model.OutputFile;
import org.acta.output.Outputs;
import org.acta.publish.Publisher;
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

    public SiteBuilder(BuildOptions options) {
        this.options = options;
    }

    /** Reads, checks and renders everything; writes nothing. */
    public BuildResult render() {
        Report report = new Report();
        SourceTree tree = new ContentReader(options.source(), options.sourceDisplay(), report).read();
        ContentBinder binder = new ContentBinder(report);
        Content content = binder.bind(tree);
        LocalDate asOf = options.asOf().or(() -> content.site().asOf()).orElse(options.today());
        binder.checkUpdatesAgainst(content, asOf);
        Proceedings proceedings = Proceedings.assemble(content, asOf);
        List<OutputFile> files = new ArrayList<>();
        if (!report.hasErrors()) {
            files.addAll(new SiteRenderer(options.templates(), options.templatesDisplay()).render(proceedings, report));
            files.addAll(SearchIndex.build(files));
            files.addAll(Outputs.render(proceedings, files));
        }
        return new BuildResult(report.diagnostics(), files, content.assets(), asOf);
    }

    /** Publishes a rendered site that has no errors. */
    public void publish(BuildResult result) throws Publisher.PublishException {
        if (result.hasErrors()) {
            throw new IllegalStateException("a build with errors is never published");
        }
        new Publisher(options.output()).publish(result.files(), result.assets());
    }
}
