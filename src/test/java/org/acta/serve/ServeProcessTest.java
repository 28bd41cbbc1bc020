package org.acta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acta serve} as its own process, the way an editor runs it. */
class ServeProcessTest {
    @TempDir
    Path dir;

    private Process acta(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.acta.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    @Test
    void servesFollowsAnEditAndSurvivesABrokenOne() throws Exception {
        PreviewSite site = new PreviewSite(dir);
        Process serve = acta("serve", "--port", "0", "--source", "content", "--as-of", "2025-01-15");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String address = null;
            Pattern serving = Pattern.compile("serving content/ at (http://127\\.0\\.0\\.1:\\d+/)");
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    address = m.group(1);
                    break;
                }
            }
            assertThat(address).as("the address serve prints").isNotNull();
            URI page = URI.create(address + "events/hoi-nghi/de-dan/");
            assertThat(await(page, "ban đầu")).contains("Nội dung đề dẫn ban đầu.");
            String good = site.source(PreviewSite.SPEECH);
            site.write(PreviewSite.SPEECH, good.replace("ban đầu", "đã sửa"));
            assertThat(await(page, "đã sửa")).contains("Nội dung đề dẫn đã sửa.");
            site.write(PreviewSite.SPEECH, good.replace("speaker: nguyen-van-a", "speaker: ai-do"));
            assertThat(await(page, "acta-build-errors"))
                    .contains("content/events/hoi-nghi/de-dan.md:3: error: unknown person 'ai-do'");
            site.write(PreviewSite.SPEECH, good);
            assertThat(await(page, "ban đầu")).doesNotContain("acta-build-errors");
            assertThat(serve.isAlive()).isTrue();
        } finally {
            serve.destroy();
            if (!serve.waitFor(10, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static String await(URI uri, String text) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(50);
        }
        return body;
    }

    @Test
    void aPortInUseIsOneLineThatNamesThePortAndSuggestsAnother() throws Exception {
        new PreviewSite(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Process serve = acta("serve", "--port", Integer.toString(port), "--source", "content");
            try {
                assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
                String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(serve.exitValue()).isEqualTo(2);
                assertThat(output.strip()).isEqualTo("acta serve: port " + port + " on 127.0.0.1 is already in use "
                        + "(or not allowed); try another with --port, e.g. --port " + (port + 1));
            } finally {
                serve.destroyForcibly();
            }
        }
    }
}
