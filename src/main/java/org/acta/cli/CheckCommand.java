package org.acta.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.acta.build.BuildResult;
import org.acta.build.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code acta check}: everything a build checks, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the content as a build would, and write nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ContentOptions content = new ContentOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result = new SiteBuilder(content.toBuildOptions(java.nio.file.Path.of("site"), spec.commandLine()))
                .render();
        Problems.print(result, err);
        if (result.hasErrors()) {
            err.println("check failed: " + Problems.counts(result));
            return 1;
        }
        spec.commandLine().getOut().println("content is valid: " + result.pageCount() + " pages"
                + (result.warningCount() > 0 ? "; " + Problems.counts(result) : ""));
        return 0;
    }
}
