package org.acta.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.acta.build.BuildOptions;
import picocli.CommandLine.Option;

/** The options every command that reads content shares. */
final class ContentOptions {
    @Option(names = "--source", paramLabel = "FOLDER", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--templates", paramLabel = "FOLDER", defaultValue = "templates",
            description = "The theme folder; the built-in theme is used for what it lacks (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date task status is judged on (default: site.yaml's as_of, else today).")
    String asOf;

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Raise (or lower) a limit on content files: file-size (default 2MiB), line-length "
                    + "(100000 characters), yaml-depth (20), files (500000). Repeatable.")
    java.util.Map<String, String> limits = new java.util.TreeMap<>();

    BuildOptions toBuildOptions(Path output, picocli.CommandLine commandLine) {
        Optional<LocalDate> date = asOf(asOf, commandLine);
        Optional<Path> theme = java.nio.file.Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty();
        org.acta.source.Limits.Result bounds = org.acta.source.Limits.DEFAULT.with(limits);
        if (!bounds.problems().isEmpty()) {
            throw new picocli.CommandLine.ParameterException(commandLine, String.join("; ", bounds.problems()));
        }
        return new BuildOptions(source, Paths.display(source), theme, Paths.display(templates), output, date,
                today(), bounds.limits(), false);
    }

    /** The {@code --as-of} date, if given; a usage error when it is not a date. */
    static Optional<LocalDate> asOf(String written, picocli.CommandLine commandLine) {
        if (written == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(written));
        } catch (DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "--as-of takes a date written YYYY-MM-DD, not '" + written + "'");
        }
    }

    /**
     * The day of the build, on the editor's own calendar: the machine's time zone is asked here, and
     * nowhere else, so that a build in Hanoi at 6 a.m. judges tasks as of that day, not the day before
     * in UTC. The only place Acta asks what day it is; the pipeline gets the day as an option.
     */
    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.systemDefault());
    }
}
