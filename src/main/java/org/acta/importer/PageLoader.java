package org.acta.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a page from a local file or an http(s) URL, with a time limit and a size limit; the
 * charset comes from the HTTP header, the byte-order mark or the page's {@code <meta charset>}.
 * Redirects are followed one at a time, each checked by {@link Redirects}; a failure is one line
 * that says what went wrong (timeout, refused connection, unknown host, HTTP status).
 */
final class PageLoader {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
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
            if (binary(file)) {
                throw new ImportException(file + ": not an HTML page (it holds binary data)");
            }
            return Jsoup.parse(file.toFile(), null, file.toAbsolutePath().toUri().toString());
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the file's first bytes are mostly not text: more than a few control bytes, and more
     * than one in a hundred (a stray control character in a page is cleaned, not a reason to refuse
     * it). A UTF-16 page, whose every other byte may be zero, is text.
     */
    private static boolean binary(Path file) throws IOException {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe);
        int control = 0;
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return !utf16 && control > 4 && control * 100 > head.length;
    }

    private Document fetch(String url) throws ImportException {
        try {
            URI current = new URI(url);
            List<InetAddress> addresses = addresses(current);
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                if (addresses.isEmpty()) {
                    throw new ImportException(url + ": " + unknownHost(String.valueOf(current.getHost())));
                }
                Connection.Response response = Jsoup.connect(current.toString())
                        .timeout((int) timeout.toMillis())
                        .maxBodySize(MAX_BYTES + 1)
                        .followRedirects(false)
                        .ignoreContentType(true)
                        .userAgent("Acta-import (+https://github.com/acta)")
                        .execute();
                Optional<String> location = Optional.ofNullable(response.header("Location"))
                        .filter(l -> response.statusCode() / 100 == 3);
                if (location.isEmpty()) {
                    return page(url, response);
                }
                URI next = current.resolve(location.get().strip());
                List<InetAddress> nextAddresses = addresses(next);
                Optional<String> refusal = Redirects.refusal(current, addresses, next, nextAddresses);
                if (refusal.isPresent()) {
                    throw new ImportException(url + ": the redirect to " + next + " was not followed: " + refusal.get());
                }
                current = next;
                addresses = nextAddresses;
            }
            throw new ImportException(url + ": more than " + MAX_REDIRECTS + " redirects; not followed further");
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ImportException(url + ": not a valid address: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw failure(url, e.getCause());
        } catch (IOException e) {
            throw failure(url, e);
        }
    }

    private Document page(String url, Connection.Response response) throws ImportException {
        String type = Optional.ofNullable(response.contentType()).orElse("");
        if (!type.isEmpty() && !type.startsWith("text/") && !type.matches("(?i)application/(xhtml\\+)?xml.*")) {
            throw new ImportException(url + ": not an HTML page (" + type + ")");
        }
        if (response.bodyAsBytes().length > MAX_BYTES) {
            throw new ImportException(url + ": the page is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB; is it really one news article?");
        }
        try {
            Document page = response.parse();
            page.setBaseUri(response.url().toString());
            return page;
        } catch (IOException e) {
            throw failure(url, e);
        }
    }

    /** The addresses a URL's host names; none when it cannot be resolved (then it counts as not public). */
    private static List<InetAddress> addresses(URI uri) {
        if (uri.getHost() == null) {
            return List.of();
        }
        try {
            return List.of(InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    /** One line saying what went wrong, in the words a reader of the command line needs. */
    private ImportException failure(String url, IOException e) {
        String host = Optional.ofNullable(URI.create(url).getHost()).orElse(url);
        String why;
        if (e instanceof HttpStatusException status) {
            why = "the server answered HTTP " + status.getStatusCode();
        } else if (causedBy(e, SocketTimeoutException.class) || causedBy(e, HttpTimeoutException.class)) {
            why = "no answer within " + timeout.toSeconds() + " s (--timeout sets how long to wait)";
        } else if (causedBy(e, UnknownHostException.class) || causedBy(e, UnresolvedAddressException.class)) {
            why = unknownHost(host);
        } else if (e instanceof ConnectException) {
            why = "the connection was refused: nothing answers at " + host + port(url);
        } else if (e instanceof javax.net.ssl.SSLException) {
            why = "the secure connection failed (" + describe(e) + ")";
        } else {
            why = "cannot be fetched (" + describe(e) + ")";
        }
        return new ImportException(url + ": " + why, e);
    }

    private static String unknownHost(String host) {
        return "unknown host '" + host + "': check the address and the network connection";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String port(String url) {
        int port = URI.create(url).getPort();
        return port >= 0 ? ":" + port : "";
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
