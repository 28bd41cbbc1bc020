package org.acta.build;

import java.time.LocalDate;
import java.util.List;
import org.acta.diag.Diagnostic;
import org.acta.model.Asset;
import org.acta.model.Drafts;
import org.acta.model.OutputFile;
import org.acta.pages.Addresses;

/**
 * A site rendered in memory, with every problem found on the way; published only without errors.
 *
 * @param site   the addresses of the site built (where it is mounted, its page for a missing address)
 * @param drafts the draft files of the content, each shown on the site or left out of it
 */
public record BuildResult(List<Diagnostic> diagnostics, List<OutputFile> files, List<Asset> assets, LocalDate asOf,
                          Addresses site, List<Drafts.Draft> drafts) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        drafts = List.copyOf(drafts);
        files = List.copyOf(files);
        assets = List.copyOf(assets);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    /** The HTML pages among the files. */
    public long pageCount() {
        return files.stream().filter(f -> f.path().endsWith(".html")).count();
    }
}
