package org.acta.source;

import java.util.List;
import java.util.Optional;
import org.acta.model.Asset;
import org.acta.model.Language;

/**
 * What the content folder holds, read and split but not yet checked against the format.
 *
 * @param unreadable the content files that are there but could not be read (their error is
 *                   reported): what refers to them is not an error of its own
 * @param language   the site's language, as site.yaml names it: the language of the messages
 */
public record SourceTree(Optional<SourceFile> site, List<SourceFile> files, List<Asset> assets,
                         List<Unreadable> unreadable, Language language) {
    public SourceTree {
        files = List.copyOf(files);
        assets = List.copyOf(assets);
        unreadable = List.copyOf(unreadable);
    }

    /** Nothing read: the folder is not there, or holds too many files to read. */
    static SourceTree empty(Language language) {
        return new SourceTree(Optional.empty(), List.of(), List.of(), List.of(), language);
    }

    /**
     * A content file that is there but could not be read or parsed.
     *
     * @param id    the id its name gives (folded, when the name is not a valid id)
     * @param event for a speech, its event folder
     */
    public record Unreadable(ContentKind kind, String id, Optional<String> event) {
    }
}
