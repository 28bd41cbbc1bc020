package org.acta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acta.build.BuildResult;
import org.acta.build.SiteBuilder;
import org.acta.links.WrittenLink;
import org.acta.model.Drafts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code acta check}: everything a build checks, and the links the content writes, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the content as a build would, and the links it writes: a link to a page, asset or "
                + "anchor of the site that does not exist is an error; an address the live site has that this "
                + "build would take away is a warning. Writes nothing."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ContentOptions content = new ContentOptions();

    @Option(names = "--output", paramLabel = "FOLDER", defaultValue = "site",
            description = "The live site, as `build --output` names it: an address it has that this check's site "
                    + "does not is a warning (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--external", description = "Also list the links to other sites, as path:line: URL (on standard "
            + "output); they are not fetched.")
    boolean listExternal;

    @Option(names = "--check-external", description = "Also fetch every link to another site, once each, and warn "
            + "about those that do not answer (needs the network).")
    boolean checkExternal;

    @Option(names = "--drafts", description = "Check the site as build --drafts makes it, with the drafts whose "
            + "required fields are filled in: links to them work.")
    boolean drafts;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long --check-external waits for a site (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Optional<Duration> fetch = checkExternal ? Optional.of(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
                : Optional.empty();
        SiteBuilder.Checked checked = new SiteBuilder(content.toBuildOptions(output, spec.commandLine())
                .withDrafts(drafts)).check(fetch);
        BuildResult result = checked.result();
        List<WrittenLink> external = checked.external();
        Problems.print(result, err);
        if (listExternal || checkExternal) {
            external.forEach(l -> out.println(l.format()));
        }
        if (result.hasErrors()) {
            listDrafts(result.drafts(), out);
            err.println("check failed: " + Problems.counts(result));
            return 1;
        }
        out.println("content is valid: " + result.pageCount() + " pages, "
                + Problems.plural(external.size(), "external link") + (checkExternal ? " checked" : "")
                + (result.diagnostics().isEmpty() ? "" : "; " + Problems.counts(result)));
        listDrafts(result.drafts(), out);
        return 0;
    }

    /**
     * Every draft file, at its {@code draft:} line, with what the preview does with it: shows it, marked as a
     * draft, or leaves it out until its required fields are filled in.
     */
    static void listDrafts(List<Drafts.Draft> drafts, PrintWriter out) {
        if (drafts.isEmpty()) {
            return;
        }
        out.println(Problems.plural(drafts.size(), "draft") + ", left out of the site by build (without --drafts):");
        for (Drafts.Draft draft : drafts) {
            out.println("  " + draft.origin().path() + ":" + draft.origin().line() + (draft.toFill().isEmpty()
                    ? " (serve and build --drafts show it, marked as a draft)"
                    : " (to fill in: " + String.join(", ", draft.toFill()) + "; shown nowhere until then)"));
        }
    }
}
