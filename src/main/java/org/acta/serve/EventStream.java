package org.acta.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * The Server-Sent Events stream open pages listen to: one {@code build} event carrying the
 * build's number when a page connects, and one after every rebuild. A page reloads when the
 * number differs from the one it was served with, so a page that missed an event (its connection
 * dropped, the server restarted) still catches up when it reconnects.
 */
final class EventStream implements HttpHandler {
    static final String PATH = "/_acta/events";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final IntSupplier currentBuild;

    EventStream(IntSupplier currentBuild) {
        this.currentBuild = currentBuild;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        clients.add(out);
        // the exchange stays open: events are written to it until the page goes away or the server stops
        send(out, "retry: 500\n\n" + event(currentBuild.getAsInt()));
    }

    /** Tells every open page which build is current. */
    void announce(int build) {
        String message = event(build);
        clients.forEach(out -> send(out, message));
    }

    /** A comment line, so that connections whose page is gone are noticed and dropped. */
    void ping() {
        clients.forEach(out -> send(out, ": ping\n\n"));
    }

    int clientCount() {
        return clients.size();
    }

    private static String event(int build) {
        return "event: build\ndata: " + build + "\n\n";
    }

    private void send(OutputStream out, String text) {
        synchronized (out) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                clients.remove(out);
                closeQuietly(out);
            }
        }
    }

    void closeAll() {
        clients.forEach(EventStream::closeQuietly);
        clients.clear();
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the page is gone already
        }
    }
}
