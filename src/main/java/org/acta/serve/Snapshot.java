package org.acta.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.diag.Diagnostic;
import org.acta.pages.Addresses;

/**
 * What the preview serves at one moment: the files of the last build that had no errors, and
 * the errors of the latest build when it failed.
 *
 * @param build  the number of the latest build, counted from 1; pages reload when it changes
 * @param files  the last good build's files by site path ("events/x/index.html"); empty when none was good yet
 * @param assets the last good build's assets by site path ("assets/logo.png"), read from disk when asked for
 * @param errors the latest build's problems when it had errors, as the terminal shows them; empty when it built
 * @param site   the addresses of the last good build's site: where it is mounted (its base path), its page for a
 *               missing address; empty while no build was good
 */
record Snapshot(int build, Map<String, byte[]> files, Map<String, Path> assets, List<Diagnostic> errors,
                Optional<Addresses> site) {
    Snapshot {
        files = Map.copyOf(files);
        assets = Map.copyOf(assets);
        errors = List.copyOf(errors);
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    boolean hasGoodBuild() {
        return !files.isEmpty();
    }
}
