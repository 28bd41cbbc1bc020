package org.acta.links;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.acta.diag.Diagnostic;

/**
 * Fetches links to other sites, only when an editor asks: the machine may be offline, and a site
 * that is down today is not a mistake in the content. Each address is asked once (HEAD, then GET
 * when HEAD is refused), with a time limit; one that fails is a warning at every line it is written on.
 */
public final class ExternalLinks {
    private final Duration timeout;

    public ExternalLinks(Duration timeout) {
        this.timeout = timeout;
    }

    public List<Diagnostic> check(List<WrittenLink> links) {
        Map<String, List<WrittenLink>> byUrl = new LinkedHashMap<>();
        links.forEach(l -> byUrl.computeIfAbsent(l.url(), u -> new ArrayList<>()).add(l));
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "acta-check-external");
            t.setDaemon(true);
            return t;
        });
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).executor(pool)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            Map<String, CompletableFuture<String>> answers = new LinkedHashMap<>();
            byUrl.keySet().forEach(url -> answers.put(url, CompletableFuture.supplyAsync(() -> problem(client, url),
                    pool)));
            List<Diagnostic> problems = new ArrayList<>();
            answers.forEach((url, answer) -> {
                String problem = answer.join();
                if (problem != null) {
                    byUrl.get(url).forEach(l -> problems.add(Diagnostic.warning(l.path(), l.line(),
                            "external link " + url + " " + problem)));
                }
            });
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What is wrong with an address, or null when it answers. */
    private String problem(HttpClient client, String url) {
        try {
            URI uri = URI.create(url);
            int status = ask(client, uri, "HEAD");
            if (status == 405 || status == 501 || status == 403) {
                status = ask(client, uri, "GET");
            }
            return status >= 400 ? "answers HTTP " + status : null;
        } catch (IllegalArgumentException e) {
            return "is not a valid address";
        } catch (HttpTimeoutException e) {
            return "did not answer within " + timeout.toSeconds() + " s";
        } catch (IOException e) {
            return "cannot be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not checked (interrupted)";
        }
    }

    private int ask(HttpClient client, URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "acta-check").build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
