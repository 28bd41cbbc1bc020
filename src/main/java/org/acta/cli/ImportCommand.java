package org.acta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.acta.importer.ImportException;
import org.acta.importer.ImportResult;
import org.acta.importer.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acta import}: a draft event from a published news report, for an editor to check. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Draft an event from a published news report (a saved .html file or an http(s) URL): "
                + "the event, one file a speech, the speakers and organizations not yet known, and the tasks "
                + "assigned. Every file written is marked 'draft: true'; no existing file is changed."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.html|URL", description = "The report: a local HTML file or an http(s) URL.")
    String location;

    @Option(names = "--source", paramLabel = "FOLDER", defaultValue = "content",
            description = "The content folder to write the draft into (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long to wait for a URL (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            result = new Importer(source, Paths.display(source), Duration.ofSeconds(Math.max(1, timeoutSeconds)))
                    .importFrom(location);
        } catch (ImportException e) {
            err.println("import failed: " + e.getMessage());
            return 1;
        }
        result.warnings().forEach(w -> err.println(w.format()));
        section(out, "created", result.created());
        section(out, "reused (already in the content folder)", result.reused());
        section(out, "left unchanged (already exist)", result.kept());
        out.println("found in the report:");
        result.found().forEach(line -> out.println("  - " + line));
        out.println("left for you to do, and why:");
        result.left().forEach(line -> out.println("  - " + line));
        out.println("every file written says 'draft: true' and has a TODO note at each value to confirm; "
                + "read each against the report");
        out.println("then run: ./acta check --source " + Paths.display(source));
        return 0;
    }

    private static void section(PrintWriter out, String title, List<String> paths) {
        if (!paths.isEmpty()) {
            out.println(title + ":");
            paths.forEach(p -> out.println("  " + p));
        }
    }
}
