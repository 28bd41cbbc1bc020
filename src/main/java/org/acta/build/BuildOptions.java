package org.acta.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.acta.source.Limits;

/**
 * Everything a build depends on besides the files: where they are, how to name them in
 * messages, and the dates. {@code today} is given, never read, so a build is reproducible.
 *
 * @param sourceDisplay    the content folder as the editor names it ("content")
 * @param templates        the site's own theme folder, when it has one
 * @param asOf             the {@code --as-of} date, which overrides site.yaml's
 * @param today            the build day, the as-of date when neither the command line nor site.yaml gives one
 * @param limits           the bounds on content files (size, line length, YAML nesting, count)
 * @param drafts           whether the site shows the drafts whose required fields are filled in, each of
 *                         their pages marked as a draft (the preview, a staging build); else every draft
 *                         is left out
 */
public record BuildOptions(Path source, String sourceDisplay, Optional<Path> templates, String templatesDisplay,
                           Path output, Optional<LocalDate> asOf, LocalDate today, Limits limits, boolean drafts) {

    /** Options with the default limits, drafts left out. */
    public BuildOptions(Path source, String sourceDisplay, Optional<Path> templates, String templatesDisplay,
                        Path output, Optional<LocalDate> asOf, LocalDate today) {
        this(source, sourceDisplay, templates, templatesDisplay, output, asOf, today, Limits.DEFAULT, false);
    }

    /** Options for a content folder with the defaults of the command line. */
    public static BuildOptions of(Path source, Path output, LocalDate today) {
        return new BuildOptions(source, source.toString(), Optional.empty(), "templates", output, Optional.empty(),
                today);
    }

    public BuildOptions withTemplates(Path folder) {
        return new BuildOptions(source, sourceDisplay, Optional.of(folder), folder.toString(), output, asOf, today,
                limits, drafts);
    }

    public BuildOptions withAsOf(LocalDate date) {
        return new BuildOptions(source, sourceDisplay, templates, templatesDisplay, output, Optional.of(date), today,
                limits, drafts);
    }

    public BuildOptions withLimits(Limits changed) {
        return new BuildOptions(source, sourceDisplay, templates, templatesDisplay, output, asOf, today, changed,
                drafts);
    }

    /** These options with the drafts shown ({@code true}) or left out. */
    public BuildOptions withDrafts(boolean shown) {
        return new BuildOptions(source, sourceDisplay, templates, templatesDisplay, output, asOf, today, limits,
                shown);
    }
}
