package org.acta.bind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.diag.Report;
import org.acta.model.Ids;
import org.acta.source.ContentKind;
import org.acta.source.SourceFile;
import org.acta.source.YamlNode;

/**
 * The events' tags as their addresses will be: a tag with no letter or digit has none, two long
 * tags cut to the same {@link Ids#tagSlug} share one page, and a few addresses cannot be copied to
 * Windows. Each is a warning at the tag's line; the tags themselves are bound as written.
 */
final class TagNames {
    /** Where a tag was first written, to name it when a later one lands on its address. */
    private record FirstUse(String name, String fullSlug, String path, int line) {
    }

    private final Report report;
    private final Map<String, FirstUse> bySlug = new HashMap<>();

    TagNames(Report report) {
        this.report = report;
    }

    /** Checks the tags of every event file, in the order the files were read. */
    void check(List<SourceFile> files) {
        for (SourceFile file : files) {
            if (file.kind() == ContentKind.EVENT) {
                file.fields().get("tags").ifPresent(value -> items(value).forEach(tag -> check(file.path(), tag)));
            }
        }
    }

    /** The items of the field; a single value is a list of one (as {@link Fields#items} reads it). */
    private static List<YamlNode> items(YamlNode value) {
        return value instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(value);
    }

    private void check(String path, YamlNode item) {
        if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            return; // reported when the field is bound
        }
        String name = scalar.text().strip();
        String slug = Ids.tagSlug(name);
        if (slug.isEmpty()) {
            report.warning(path, item.line(), "tag '" + name + "' has no letter or digit to make its address from, "
                    + "so it has no page and the event is not listed under it; write it with letters or digits");
            return;
        }
        FirstUse first = bySlug.putIfAbsent(slug, new FirstUse(name, Ids.slug(name), path, item.line()));
        if (first == null) {
            if (Ids.reservedOnWindows(slug)) {
                report.warning(path, item.line(), "tag '" + name + "' has the address /tags/" + slug + "/, a name "
                        + "Windows reserves for a device (" + Ids.WINDOWS_DEVICES + "), so its folder cannot be "
                        + "copied to a Windows computer or served by some hosts; add a word to the tag");
            }
        } else if (!first.fullSlug().equals(Ids.slug(name))) {
            String where = first.path().equals(path) ? "line " + first.line() : first.path() + ":" + first.line();
            report.warning(path, item.line(), "tag '" + name + "' shares the address /tags/" + slug + "/ with the "
                    + "tag '" + first.name() + "' (" + where + "): tag addresses are cut at " + Ids.TAG_SLUG_MAX
                    + " characters, so the two have one page; make them differ sooner");
        }
    }
}
