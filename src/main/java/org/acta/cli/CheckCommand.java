package org.acta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.acta.build.BuildResult;
import org.acta.build.Rebuild;
import org.acta.build.SiteBuilder;
import org.acta.diag.Diagnostic;
import org.acta.links.ExternalLinks;
import org.acta.links.LinkChecker;
import org.acta.links.WrittenLink;
import org.acta.render.Rendering;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code acta check}: everything a build checks, and the links the content writes, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the content as a build would, and the links it writes: a link to a page, asset or "
                + "anchor of the site that does not exist is an error. Writes nothing."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--external", description = "Also list the links to other sites, as path:line: URL (on standard "
            + "output); they are not fetched.")
    boolean listExternal;

    @Option(names = "--check-external", description = "Also fetch every link to another site, once each, and warn "
            + "about those that do not answer (needs the network).")
    boolean checkExternal;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long --check-external waits for a site (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Rebuild build = new SiteBuilder(content.toBuildOptions(Path.of("site"), spec.commandLine()))
                .renderAgain(Rendering.NONE, Set.of());
        BuildResult result = build.result();
        List<Diagnostic> problems = new ArrayList<>(result.diagnostics());
        List<WrittenLink> external = List.of();
        if (!result.hasErrors()) {
            LinkChecker.Result links = new LinkChecker(result.files(), result.assets(),
                    build.content().site().baseUrl()).check(build.content());
            problems.addAll(links.diagnostics());
            external = links.external();
            if (checkExternal) {
                problems.addAll(new ExternalLinks(Duration.ofSeconds(Math.max(1, timeoutSeconds))).check(external));
            }
        }
        problems.sort(Diagnostic.ORDER);
        problems.forEach(d -> err.println(d.format()));
        err.flush();
        if (listExternal || checkExternal) {
            external.forEach(l -> out.println(l.format()));
        }
        long errors = problems.stream().filter(Diagnostic::isError).count();
        String counts = plural(errors, "error") + ", " + plural(problems.size() - errors, "warning");
        if (errors > 0) {
            err.println("check failed: " + counts);
            return 1;
        }
        out.println("content is valid: " + result.pageCount() + " pages, " + plural(external.size(), "external link")
                + (checkExternal ? " checked" : "") + (problems.isEmpty() ? "" : "; " + counts));
        return 0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
