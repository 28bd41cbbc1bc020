package org.acta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acta.build.BuildNote;
import org.acta.build.BuildOptions;
import org.acta.build.BuildResult;
import org.acta.build.InputsCheck;
import org.acta.build.SiteBuilder;
import org.acta.publish.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code acta build}: renders the site and, if the content has no errors, publishes it. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content folder into the output folder. A build with errors "
                + "leaves the previous site exactly as it was.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the site is built and live (warnings may say what to tidy)",
                "1:the content has errors; the previous site is left as it was",
                "2:the command line is wrong",
                "4:the site could not be published for another reason than its content (another build was "
                        + "publishing, the disk is full, no permission); the previous site is left as it was"})
final class BuildCommand implements Callable<Integer> {
    /** The exit status of a build whose content is fine but whose site could not be published. */
    static final int NOT_PUBLISHED = 4;

    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--output", paramLabel = "FOLDER", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    @Option(names = "--force", description = "Build even when nothing changed since the last build.")
    boolean force;

    @Option(names = "--drafts", description = "Also build the drafts (draft: true) whose required fields are "
            + "filled in, each page marked as a draft: for a staging site, never the published one.")
    boolean drafts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        BuildOptions options = content.toBuildOptions(output, spec.commandLine()).withDrafts(drafts);
        SiteBuilder builder = new SiteBuilder(options);
        String outputName = Paths.display(output);
        InputsCheck inputs = builder.checkInputs();
        Optional<BuildNote> same = inputs.live();
        if (same.isPresent() && !force) {
            same.get().warnings().forEach(err::println);
            err.flush();
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.println(outputName + "/ is up to date: nothing changed since the last build (" + same.get().pages()
                    + " pages, tasks judged as of " + same.get().asOf() + "; checked in " + millis + " ms"
                    + (same.get().warnings().isEmpty() ? "" : "; " + Problems.plural(same.get().warnings().size(),
                    "warning")) + "); --force builds it again");
            if (timings) {
                out.println("stages: " + inputs.times().summary());
            }
            return 0;
        }
        SiteBuilder.Built built = builder.build(inputs);
        BuildResult result = built.result();
        Problems.print(result, err);
        if (result.hasErrors()) {
            err.println("build failed: " + Problems.counts(result) + "; " + outputName + "/ was left unchanged");
            return 1;
        }
        if (built.failure().isPresent()) {
            err.println(outputName + ": error: " + built.failure().get().getMessage());
            err.println("not published: " + outputName + "/ was left as it was");
            return NOT_PUBLISHED;
        }
        Publisher.Outcome outcome = built.outcome().orElseThrow();
        outcome.warnings().forEach(warning -> err.println(outputName + ": warning: " + warning));
        err.flush();
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println("built " + result.pageCount() + " pages into " + outputName + "/ in " + millis + " ms"
                + " (tasks judged as of " + result.asOf() + "; " + outcome.written() + " files written, "
                + outcome.kept() + " unchanged)" + (result.warningCount() > 0
                ? "; " + Problems.counts(result) : ""));
        if (timings) {
            out.println("stages: " + built.times().summary());
        }
        return 0;
    }
}
