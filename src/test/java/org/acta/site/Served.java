package org.acta.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code acta serve} run as its own process, read as a browser reads it. */
final class Served {
    private static final Pattern SERVING = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/)");
    /** What the preview adds before a page's {@code </body>}: its reload script and the style of its error box. */
    private static final Pattern PREVIEW_SCRIPT = Pattern.compile("<link rel=\"stylesheet\" href=\"/_acta/overlay\\.css\">"
            + "\n<script src=\"/_acta/reload\\.js\" data-build=\"\\d+\"></script>\n(?=</body>)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Served() {
    }

    /** The address the process says it serves at; what it prints after is read and dropped, so it never blocks. */
    static URI address(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            said.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new AssertionError("acta serve ended without saying where it serves:\n" + said);
    }

    static String get(URI address) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError(address + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A served page as it was built: without what the preview adds to it. */
    static String withoutPreviewScript(String page) {
        return PREVIEW_SCRIPT.matcher(page).replaceFirst("");
    }
}
