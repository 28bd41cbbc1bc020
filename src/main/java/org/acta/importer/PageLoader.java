package org.acta.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;
import org.jsoup.nodes.Document;

/**
 * Reads a page from a local file or an http(s) URL, with a time limit and a size limit; the
 * charset comes from the HTTP header, the byte-order mark or the page's {@code <meta charset>}.
 */
final class PageLoader {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private final Duration timeout;

    PageLoader(Duration timeout) {
        this.timeout = timeout;
    }

    /** The page, with its base URI set to where it came from. */
    Document load(String location) throws ImportException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return fetch(location);
        }
        if (location.contains("://")) {
            throw new ImportException(location + ": only local files and http(s) URLs can be imported");
        }
        return read(Path.of(location));
    }

    private Document read(Path file) throws ImportException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file + ": no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file + ": larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; is it really one news article?");
            }
            return Jsoup.parse(file.toFile(), null, file.toAbsolutePath().toUri().toString());
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private Document fetch(String url) throws ImportException {
        try {
            Connection.Response response = Jsoup.connect(url)
                    .timeout((int) timeout.toMillis())
                    .maxBodySize(MAX_BYTES + 1)
                    .followRedirects(true)
                    .userAgent("Acta-import (+https://github.com/acta)")
                    .execute();
            if (response.bodyAsBytes().length > MAX_BYTES) {
                throw new ImportException(url + ": the page is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; is it really one news article?");
            }
            Document page = response.parse();
            page.setBaseUri(response.url().toString());
            return page;
        } catch (HttpStatusException e) {
            throw new ImportException(url + ": the server answered HTTP " + e.getStatusCode(), e);
        } catch (UnsupportedMimeTypeException e) {
            throw new ImportException(url + ": not an HTML page (" + e.getMimeType() + ")", e);
        } catch (java.net.SocketTimeoutException e) {
            throw new ImportException(url + ": no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ImportException(url + ": cannot be fetched: " + e.getMessage(), e);
        }
    }
}
