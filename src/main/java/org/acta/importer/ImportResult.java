package org.acta.importer;

import java.util.List;
import org.acta.diag.Diagnostic;

/**
 * What an import did, as paths the editor can open (files written, existing people and
 * organizations reused, files that already existed and were left as they were), what it found in
 * the report, what it left for the editor and why, and the files of the content folder it could
 * not read.
 */
public record ImportResult(String event, List<String> created, List<String> reused, List<String> kept,
                           List<String> found, List<String> left, List<Diagnostic> warnings) {
    public ImportResult {
        created = List.copyOf(created);
        reused = List.copyOf(reused);
        kept = List.copyOf(kept);
        found = List.copyOf(found);
        left = List.copyOf(left);
        warnings = List.copyOf(warnings);
    }
}
