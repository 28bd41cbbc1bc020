package org.acta.importer;

import java.util.List;

/**
 * What an import did, as paths the editor can open: files written, existing people and
 * organizations reused, files that already existed and were left as they were, and what the
 * editor should check.
 */
public record ImportResult(String event, List<String> created, List<String> reused, List<String> kept,
                           List<String> checks) {
    public ImportResult {
        created = List.copyOf(created);
        reused = List.copyOf(reused);
        kept = List.copyOf(kept);
        checks = List.copyOf(checks);
    }
}
