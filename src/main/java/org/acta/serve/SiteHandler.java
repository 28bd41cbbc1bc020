package org.acta.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.acta.pages.Addresses;
import org.acta.pages.PageKind;

/**
 * Answers requests from the current snapshot, and from nothing else: a path is looked up among
 * the site's files and assets by name, so no request reaches a file outside the site. The site is
 * served where it is published, under the path of its {@code base_url} ({@code /acta/}), so the
 * page for a missing address finds its styles there; {@code /} leads to it. Folders are served by
 * their {@code index.html}; an address without its trailing slash is redirected to it; anything
 * else is the site's page for a missing address, with status 404.
 */
final class SiteHandler implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"));

    private final Supplier<Snapshot> snapshot;

    SiteHandler(Supplier<Snapshot> snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Snapshot now = snapshot.get();
            String path = Optional.ofNullable(exchange.getRequestURI().getPath()).orElse("/");
            if (!now.hasGoodBuild()) {
                send(exchange, 500, TYPES.get("html"), Overlay.errorPage(now));
                return;
            }
            Addresses site = now.site().orElseThrow(); // a good build is known, and with it its site
            String mount = URI.create(site.basePath()).getPath(); // decoded, as the request's path is
            if (!mount.equals("/") && (path.equals("/") || (path + "/").equals(mount))) {
                redirect(exchange, 302, site.basePath()); // the site is not at the root: lead to where it is
                return;
            }
            // outside the folder the site is mounted at, nothing is the site's
            Optional<String> name = path.startsWith(mount) ? Optional.of(sitePath(path.substring(mount.length())))
                    : Optional.empty();
            answer(exchange, now, name);
        }
    }

    /** The file a site path names, else a folder's address without its slash redirected, else the 404 page. */
    private static void answer(HttpExchange exchange, Snapshot now, Optional<String> name) throws IOException {
        Optional<byte[]> found = name.isPresent() ? find(now, name.get()) : Optional.empty();
        if (found.isPresent()) {
            String file = name.get();
            send(exchange, 200, type(file), html(file) ? Overlay.inject(found.get(), now) : found.get());
        } else if (name.isPresent() && now.files().containsKey(Addresses.folderFile(name.get()))) {
            redirect(exchange, 301, exchange.getRequestURI().getRawPath() + "/");
        } else {
            byte[] notFound = now.files().get(now.site().orElseThrow().page(PageKind.NOT_FOUND).file());
            send(exchange, 404, TYPES.get("html"), notFound == null
                    ? Overlay.inject("<!DOCTYPE html><title>Not found</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8), now)
                    : Overlay.inject(notFound, now));
        }
    }

    /** "events/x/" (below where the site is mounted) → "events/x/index.html"; the path is already percent-decoded. */
    static String sitePath(String requestPath) {
        String name = requestPath;
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return Addresses.file(name);
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, status, "text/plain; charset=utf-8", new byte[0]);
    }

    private static Optional<byte[]> find(Snapshot now, String name) throws IOException {
        byte[] file = now.files().get(name);
        if (file != null) {
            return Optional.of(file);
        }
        Path asset = now.assets().get(name);
        if (asset != null && Files.isRegularFile(asset)) {
            return Optional.of(Files.readAllBytes(asset));
        }
        return Optional.empty();
    }

    private static boolean html(String name) {
        return name.endsWith(".html");
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** One of the preview's own files (its reload script and overlay style). */
    static void sendFixed(HttpExchange exchange, String type, String text) throws IOException {
        try (exchange) {
            send(exchange, 200, type, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
