package org.acta.source;

import java.util.List;
import java.util.Optional;
import org.acta.model.Asset;

/** What the content folder holds, read and split but not yet checked against the format. */
public record SourceTree(Optional<SourceFile> site, List<SourceFile> files, List<Asset> assets) {
    public SourceTree {
        files = List.copyOf(files);
        assets = List.copyOf(assets);
    }
}
