package org.acta.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Imports a published report of a conference into a content folder as a draft event: reads the
 * page, recognises the report's structure, writes the files that do not exist yet.
 */
public final class Importer {
    /** The folders an import writes into; none of them may be a link out of the content folder. */
    private static final List<String> FOLDERS = List.of("events", "people", "organizations", "tasks");
    private final Path content;
    private final String contentDisplay;
    private final Duration timeout;

    /** @param contentDisplay the content folder as the editor names it, for the paths printed */
    public Importer(Path content, String contentDisplay, Duration timeout) {
        this.content = content;
        this.contentDisplay = contentDisplay;
        this.timeout = timeout;
    }

    public ImportResult importFrom(String location) throws ImportException {
        Document page = new PageLoader(timeout).load(location);
        Article article = ArticleExtractor.extract(page);
        if (article.paragraphs().isEmpty()) {
            throw new ImportException(location + ": no article text found on the page");
        }
        ContentFolder folder = new ContentFolder(content, contentDisplay);
        folder.checkFolders(FOLDERS);
        KnownContent known = new KnownContent(folder);
        Draft draft = ReportReader.read(article, known.organizationNames());
        return new DraftWriter(folder, known, draft, location).write();
    }
}
