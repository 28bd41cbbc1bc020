package org.acta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acta.build.BuildOptions;
import org.acta.diag.Diagnostic;
import org.acta.update.BulkUpdate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acta update FILE.csv}: progress updates from a spreadsheet, added to the task files. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Add progress updates from a spreadsheet saved as CSV or TSV: one row an update, in "
                + "columns task, date, status, progress, note, evidence, period, value (named in the first row, in "
                + "any order; a filled-in copy of /tasks.csv works too). Every row is checked as a build checks "
                + "the content; without --write, prints what it would add and changes nothing. With any error, "
                + "nothing is changed; each update is added at the end of its task's 'updates:', and no line "
                + "already in a file changes."})
final class UpdateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.csv", description = "The sheet: .csv, or .tsv for tab-separated cells.")
    Path sheet;

    @Option(names = "--write", description = "Write the updates into the task files (default: only show them).")
    boolean write;

    @Option(names = "--source", paramLabel = "FOLDER", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date the updates are judged on: one dated later is shown with a warning "
                    + "(default: site.yaml's as_of, else today).")
    String asOf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String display = Paths.display(sheet);
        if (!Files.isRegularFile(sheet)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no file " + display
                    + ": give the sheet saved as CSV (or TSV)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(sheet);
        } catch (IOException e) {
            err.println(display + ": error: cannot be read: " + e.getMessage());
            return 1;
        }
        String name = sheet.getFileName().toString().toLowerCase(Locale.ROOT);
        BuildOptions options = new BuildOptions(source, Paths.display(source), Optional.empty(), "templates",
                Path.of("site"), ContentOptions.asOf(asOf, spec.commandLine()), ContentOptions.today());
        BulkUpdate.Result result = new BulkUpdate(options).apply(bytes, display, name.endsWith(".tsv")
                || name.endsWith(".tab"), write);
        result.problems().forEach(p -> err.println(p.format()));
        err.flush();
        if (result.hasErrors()) {
            err.println("update failed: " + Problems.plural(result.problems().stream().filter(Diagnostic::isError)
                    .count(), "error") + "; no file was changed");
            return 1;
        }
        for (BulkUpdate.Change change : result.changes()) {
            out.println(change.path() + ": after line " + change.after()
                    + change.rewritten().map(r -> " (and line " + r + ")").orElse("") + ":");
            change.lines().forEach(out::println);
        }
        out.println(summary(result, display));
        return 0;
    }

    private String summary(BulkUpdate.Result result, String display) {
        String skipped = result.skipped() == 0 ? ""
                : " (" + Problems.plural(result.skipped(), "row") + " without an update left out)";
        if (result.updates() == 0) {
            return "no update to add in " + display + skipped;
        }
        String what = Problems.plural(result.updates(), "update") + " from " + display + " to "
                + Problems.plural(result.changes().size(), "task file");
        return result.written() ? "added " + what + skipped
                : "would add " + what + skipped + "; nothing was written: run again with --write to add them";
    }
}
