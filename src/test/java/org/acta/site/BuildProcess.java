package org.acta.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code acta} run as a real, separate Java process (the tests' own classpath), so that it can be
 * killed with SIGKILL, or run with another locale, time zone or default charset.
 */
final class BuildProcess {
    private BuildProcess() {
    }

    record Result(int exit, String out, String err) {
    }

    static ProcessBuilder command(List<String> jvmOptions, List<String> args, Path workingDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.acta.cli.Main");
        command.addAll(args);
        return new ProcessBuilder(command).directory(workingDir.toFile());
    }

    /** Runs to the end (at most a minute) and returns what it printed. */
    static Result run(List<String> jvmOptions, List<String> args, Path workingDir) {
        return run(jvmOptions, java.util.Map.of(), args, workingDir);
    }

    /** As {@link #run(List, List, Path)}, with these variables added to the environment ({@code TZ}). */
    static Result run(List<String> jvmOptions, java.util.Map<String, String> environment, List<String> args,
                      Path workingDir) {
        try {
            ProcessBuilder builder = command(jvmOptions, args, workingDir);
            builder.environment().putAll(environment);
            Process process = builder.start();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("acta " + args + " did not finish within a minute");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Starts a build that pauses at the named publishing step and returns it once it is there.
     * Fails if the build ends or does not get there within a minute.
     */
    static Process pauseAt(String step, List<String> args, Path workingDir) {
        try {
            Process process = command(List.of("-Dacta.test.publish.pause=" + step), args, workingDir)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            CompletableFuture<String> paused = CompletableFuture.supplyAsync(() -> {
                StringBuilder printed = new StringBuilder();
                try (BufferedReader err = new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = err.readLine()) != null) {
                        if (line.equals("acta-test: paused at " + step)) {
                            return "";
                        }
                        printed.append(line).append('\n');
                    }
                } catch (IOException e) {
                    printed.append(e);
                }
                return printed.length() == 0 ? "(nothing)" : printed.toString();
            });
            String problem;
            try {
                problem = paused.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                problem = e.toString();
            }
            if (!problem.isEmpty()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("the build never paused at '" + step + "'; it printed: " + problem);
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts a build, waits until it pauses at the step, and kills it with SIGKILL. */
    static void killAt(String step, List<String> args, Path workingDir) {
        Process process = pauseAt(step, args, workingDir);
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
