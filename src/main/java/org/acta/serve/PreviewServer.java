package org.acta.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.acta.build.BuildOptions;
import org.acta.build.BuildResult;
import org.acta.build.Preview;
import org.acta.build.SiteBuilder;
import org.acta.diag.Diagnostic;
import org.acta.model.Asset;
import org.acta.model.OutputFile;
import org.acta.pages.Addresses;

/**
 * The preview server: builds the site in memory, serves it over HTTP with the JDK's own server,
 * and rebuilds it after each burst of saves in the content or theme folder, re-rendering only the
 * pages the edit affects. Open pages reload by themselves; a build with errors, or one that fails
 * inside Acta, is shown over the last good pages, and the server carries on. Nothing is written to
 * disk.
 */
public final class PreviewServer implements AutoCloseable {
    private final BuildOptions options;
    private final Builds builds;
    private final PrintWriter log;
    private final HttpServer http;
    private final EventStream events;
    private final Watcher watcher;
    private final ExecutorService handlers;
    private final ScheduledExecutorService pings;
    private final Thread rebuilder;
    private volatile Snapshot snapshot;

    /**
     * How the preview builds: the next build after the files changed, from the last one (none before
     * the first). The site builder does it; a test may put a fault in its way.
     */
    @FunctionalInterface
    interface Builds {
        Preview next(Optional<Preview> last, Set<Path> changed);

        static Builds of(SiteBuilder builder) {
            return (last, changed) -> last.map(earlier -> builder.preview(earlier, changed)).orElseGet(builder::preview);
        }
    }

    private PreviewServer(BuildOptions options, Builds builds, InetSocketAddress address, PrintWriter log)
            throws IOException {
        this.options = options;
        this.builds = builds;
        this.log = log;
        this.http = HttpServer.create(address, 64); // a port in use fails here, before anything is built
        this.events = new EventStream(() -> snapshot.build());
        this.handlers = Executors.newCachedThreadPool(daemon("acta-serve-http"));
        this.pings = Executors.newSingleThreadScheduledExecutor(daemon("acta-serve-ping"));
        List<Path> watched = new ArrayList<>(List.of(options.source()));
        options.templates().ifPresent(watched::add);
        try {
            this.watcher = new Watcher(watched);
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            handlers.shutdownNow();
            pings.shutdownNow();
            throw e;
        }
        Optional<Preview> first = build(Optional.empty(), Set.of());
        this.rebuilder = daemon("acta-serve-rebuild").newThread(() -> rebuildOnChanges(first));
    }

    /**
     * Builds the site, then serves it and follows the edits until closed.
     *
     * @param address where to listen; port 0 takes any free port
     * @param log     where each build's problems and timing go, as the terminal shows them
     * @throws java.net.BindException when the port is in use
     */
    public static PreviewServer start(BuildOptions options, InetSocketAddress address, PrintWriter log)
            throws IOException {
        return start(options, Builds.of(new SiteBuilder(options)), address, log);
    }

    static PreviewServer start(BuildOptions options, Builds builds, InetSocketAddress address, PrintWriter log)
            throws IOException {
        PreviewServer server = new PreviewServer(options, builds, address, log);
        try {
            server.http.createContext(EventStream.PATH, server.events);
            server.http.createContext(Overlay.SCRIPT_PATH, exchange -> SiteHandler.sendFixed(exchange,
                    "text/javascript; charset=utf-8", Overlay.SCRIPT));
            server.http.createContext(Overlay.STYLE_PATH, exchange -> SiteHandler.sendFixed(exchange,
                    "text/css; charset=utf-8", Overlay.STYLE));
            server.http.createContext("/", new SiteHandler(() -> server.snapshot));
            server.http.setExecutor(server.handlers);
            server.http.start();
            server.pings.scheduleAtFixedRate(server.events::ping, 15, 15, TimeUnit.SECONDS);
            server.rebuilder.start();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The address the site is served at: {@code http://127.0.0.1:8080/}, or under the path of its
     * {@code base_url} ({@code http://127.0.0.1:8080/acta/}), as it is published.
     */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort()
                + snapshot.site().map(Addresses::basePath).orElse("/"));
    }

    /** The number of the latest build, counted from 1. */
    public int buildNumber() {
        return snapshot.build();
    }

    /** How many open pages listen for builds. */
    int listeners() {
        return events.clientCount();
    }

    /** Rebuilds after each burst of saves until the server is closed; nothing that goes wrong in a build stops it. */
    private void rebuildOnChanges(Optional<Preview> first) {
        Optional<Preview> last = first;
        while (true) {
            Set<Path> changed;
            try {
                changed = watcher.nextBurst();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return; // closed: stop following edits
            } catch (RuntimeException e) {
                Diagnostic fault = Diagnostic.error(options.sourceDisplay(), 0, "the preview stopped following "
                        + "your edits (an internal error: " + e + "); please report it, and start acta serve again");
                log.println(fault.format());
                showFailed(snapshot.build() + 1, List.of(fault), "stopped watching");
                return;
            }
            last = build(last, changed);
        }
    }

    /**
     * Builds again after the given files changed, serves the result and announces it to open pages.
     * A failure of Acta's own (an exception, not a mistake in the content) is served as the content's
     * errors are, over the last good pages, and the next save tries again from the last good build.
     *
     * @return what the next build starts from
     */
    private synchronized Optional<Preview> build(Optional<Preview> last, Set<Path> changed) {
        long started = System.nanoTime();
        int number = snapshot == null ? 1 : snapshot.build() + 1;
        String cause = changed.isEmpty() ? "built" : "rebuilt after a change to " + describe(changed);
        Preview preview;
        try {
            preview = builds.next(last, changed);
        } catch (RuntimeException | Error e) { // an Error too: a stack overflow, or classes replaced under a running preview
            Diagnostic fault = Diagnostic.error(changed.isEmpty() ? options.sourceDisplay() : shown(changed), 0,
                    "Acta failed while building this (an internal error, not a mistake in the content: " + e
                            + "); please report it. The preview tries again at the next save");
            log.println(fault.format());
            showFailed(number, List.of(fault), cause + ": internal error");
            return last;
        }
        BuildResult result = preview.result();
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (Diagnostic d : result.diagnostics()) {
            log.println(d.format());
        }
        if (result.hasErrors()) {
            showFailed(number, result.diagnostics(), cause + ": " + counts(result));
        } else {
            snapshot = new Snapshot(number, files(result), assets(result), List.of(), Optional.of(result.site()));
            log.println(cause + " in " + millis + " ms: " + preview.pagesRendered() + " of " + result.pageCount()
                    + " pages rendered" + (result.warningCount() > 0 ? "; " + counts(result) : ""));
            log.flush();
            events.announce(number);
        }
        return Optional.of(preview);
    }

    /** Serves the errors of a build over the last good pages (or alone, when there are none yet). */
    private void showFailed(int number, List<Diagnostic> errors, String said) {
        Snapshot last = snapshot;
        snapshot = new Snapshot(number, last == null ? Map.of() : last.files(), last == null ? Map.of() : last.assets(),
                errors, last == null ? Optional.empty() : last.site());
        log.println(said + "; " + (snapshot.hasGoodBuild()
                ? "still serving the last good pages, with the errors over them"
                : "serving the errors until they are fixed"));
        log.flush();
        events.announce(number);
    }

    /** The files changed, as the log names them: the first, and how many more. */
    private static String describe(Set<Path> changed) {
        return shown(changed) + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "");
    }

    /** One file changed, as the editor names it: one that is still there, since a save may pass through a temporary file. */
    private static String shown(Set<Path> changed) {
        Path first = changed.stream().filter(java.nio.file.Files::isRegularFile).findFirst()
                .orElse(changed.iterator().next());
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = first.toAbsolutePath().startsWith(cwd) ? cwd.relativize(first.toAbsolutePath()) : first;
        return shown.toString().replace('\\', '/');
    }

    private static String counts(BuildResult result) {
        long errors = result.errorCount();
        long warnings = result.warningCount();
        return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private static Map<String, byte[]> files(BuildResult result) {
        Map<String, byte[]> files = new HashMap<>();
        for (OutputFile file : result.files()) {
            files.put(file.path(), file.bytes());
        }
        // an asset Acta cleaned (an SVG that carried a script) is served as it is published, not from its file
        result.assets().forEach(a -> a.cleaned().ifPresent(bytes -> files.put("assets/" + a.path(), bytes)));
        return files;
    }

    private static Map<String, Path> assets(BuildResult result) {
        Map<String, Path> assets = new HashMap<>();
        for (Asset asset : result.assets()) {
            assets.put(Addresses.asset(asset.path()), asset.file());
        }
        return assets;
    }

    /** Stops serving and watching; open pages lose their connection and try again until a server is back. */
    @Override
    public void close() {
        rebuilder.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        events.closeAll();
        http.stop(0);
        pings.shutdownNow();
        handlers.shutdownNow();
        try {
            rebuilder.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
