package org.acta.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.acta.scaffold.Kind;
import org.acta.scaffold.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acta new KIND ID}: a new content file with its required fields, ready to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a new content file, marked 'draft: true', with every required field: those it cannot "
                + "know left empty, with a comment saying what goes there; the useful optional ones commented out. "
                + "A build refuses the file while a required field is empty, unless it stays a draft. Never "
                + "overwrites a file.")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND",
            description = "event, speech, task, person, organization, document or page.")
    String kind;

    @Parameters(index = "1", paramLabel = "ID-OR-NAME",
            description = "The new item's id, which is its file name: lowercase ASCII letters, digits and hyphens. "
                    + "For a person or organization its name, for an event or document its title, as written "
                    + "(\"Nguyễn Văn A\"): it is kept in the file, and folded into the id (nguyen-van-a).")
    String written;

    @Option(names = "--id", paramLabel = "ID",
            description = "With a name or title: the id to use instead of the one folded from it.")
    String id;

    @Option(names = "--event", paramLabel = "EVENT-ID", description = "For a speech or a task: its event.")
    String event;

    @Option(names = "--source", paramLabel = "FOLDER", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Kind k = Kind.named(kind).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no kind '" + kind + "': use one of " + Arrays.stream(Kind.values()).map(Kind::word)
                        .collect(Collectors.joining(", "))));
        Scaffold scaffold = new Scaffold(source, Paths.display(source), ContentOptions.today());
        try {
            String path = scaffold.create(k, written, Optional.ofNullable(id), Optional.ofNullable(event));
            spec.commandLine().getOut().println(path);
            return 0;
        } catch (Scaffold.Refused e) {
            spec.commandLine().getErr().println("acta new: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("acta new: cannot write the file: " + e.getMessage());
            return 1;
        }
    }
}
