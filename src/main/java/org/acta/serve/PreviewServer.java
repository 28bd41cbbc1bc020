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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.acta.build.BuildOptions;
import org.acta.build.BuildResult;
import org.acta.build.Rebuild;
import org.acta.build.SiteBuilder;
import org.acta.diag.Diagnostic;
import org.acta.model.Asset;
import org.acta.model.OutputFile;
import org.acta.render.Rendering;
import org.acta.render.SiteRenderer;

/**
 * The preview server: builds the site in memory, serves it over HTTP with the JDK's own server,
 * and rebuilds it after each burst of saves in the content or theme folder, re-rendering only the
 * pages the edit affects. Open pages reload by themselves; a build with errors is shown over the
 * last good pages, and the server carries on. Nothing is written to disk.
 */
public final class PreviewServer implements AutoCloseable {
    private final BuildOptions options;
    private final PrintWriter log;
    private final HttpServer http;
    private final EventStream events;
    private final Watcher watcher;
    private final Thread rebuilder;
    private final ExecutorService handlers;
    private final ScheduledExecutorService pings;
    private volatile Snapshot snapshot;
    private Rendering rendering = Rendering.NONE;

    private PreviewServer(BuildOptions options, InetSocketAddress address, PrintWriter log) throws IOException {
        this.options = options;
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
        this.rebuilder = daemon("acta-serve-rebuild").newThread(this::rebuildOnChanges);
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
        PreviewServer server = new PreviewServer(options, address, log);
        try {
            server.build(Set.of());
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

    /** The address pages are served at: {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** The number of the latest build, counted from 1. */
    public int buildNumber() {
        return snapshot.build();
    }

    /** How many open pages listen for builds. */
    int listeners() {
        return events.clientCount();
    }

    private void rebuildOnChanges() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = watcher.nextBurst();
                build(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop following edits
        } catch (RuntimeException e) {
            log.println("acta serve: internal error while rebuilding: " + e + " (please report this)");
            log.flush();
        }
    }

    /** Builds again after the given files changed, and announces the new build to open pages. */
    private synchronized void build(Set<Path> changed) {
        long started = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(options);
        Rebuild rebuild = builder.renderAgain(rendering, changedTemplates(changed));
        BuildResult result = rebuild.result();
        int number = snapshot == null ? 1 : snapshot.build() + 1;
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (Diagnostic d : result.diagnostics()) {
            log.println(d.format());
        }
        String cause = changed.isEmpty() ? "built" : "rebuilt after a change to " + describe(changed);
        if (result.hasErrors()) {
            Snapshot last = snapshot;
            snapshot = new Snapshot(number, last == null ? Map.of() : last.files(),
                    last == null ? Map.of() : last.assets(), result.diagnostics());
            log.println(cause + ": " + counts(result) + "; "
                    + (snapshot.hasGoodBuild() ? "still serving the last good pages, with the errors over them"
                    : "serving the errors until they are fixed"));
        } else {
            rendering = rebuild.rendering();
            snapshot = new Snapshot(number, files(result), assets(result), List.of());
            log.println(cause + " in " + millis + " ms: " + rebuild.pagesRendered() + " of " + result.pageCount()
                    + " pages rendered" + (result.warningCount() > 0 ? "; " + counts(result) : ""));
        }
        log.flush();
        events.announce(number);
    }

    private Set<String> changedTemplates(Set<Path> changed) {
        Set<String> names = new TreeSet<>();
        options.templates().map(t -> t.toAbsolutePath().normalize()).ifPresent(theme -> {
            for (Path path : changed) {
                Path absolute = path.toAbsolutePath().normalize();
                if (absolute.equals(theme)) {
                    names.add(SiteRenderer.ALL_TEMPLATES);
                } else if (absolute.startsWith(theme)) {
                    names.add(theme.relativize(absolute).toString().replace('\\', '/'));
                }
            }
        });
        return names;
    }

    private static String describe(Set<Path> changed) {
        // an editor's save may pass through a temporary file: name a file that is still there
        Path first = changed.stream().filter(java.nio.file.Files::isRegularFile).findFirst()
                .orElse(changed.iterator().next());
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = first.toAbsolutePath().startsWith(cwd) ? cwd.relativize(first.toAbsolutePath()) : first;
        return shown.toString().replace('\\', '/') + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "");
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
            assets.put("assets/" + asset.path(), asset.file());
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
