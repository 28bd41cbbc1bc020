package org.acta.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The named steps of publishing, for the tests that kill a build, or make it fail, at each of
 * them. Outside those tests nothing happens at a checkpoint. A test starts a build with the
 * system property {@code acta.test.publish.pause=STEP}: the build then prints
 * {@code acta-test: paused at STEP} on standard error and waits there until it is killed; or with
 * {@code acta.test.publish.fail=STEP}: the step then fails as a full disk would make it fail,
 * with an {@link IOException} saying {@code injected failure at STEP}.
 *
 * <p>The steps, in order: {@code locked}, {@code writing} (the first file), {@code written}
 * (every file and the marker), {@code noted}, {@code moved-aside} (only when a plain folder is
 * taken over), {@code linked}, {@code switched} (the new build is live), {@code removing-old}.
 */
@FunctionalInterface
interface Checkpoints {
    String PAUSE = "acta.test.publish.pause";
    String FAIL = "acta.test.publish.fail";

    void reached(String step) throws IOException;

    static Checkpoints none() {
        return step -> { };
    }

    static Checkpoints fromSystemProperties() {
        String pauseAt = System.getProperty(PAUSE, "");
        String failAt = System.getProperty(FAIL, "");
        if (pauseAt.isEmpty() && failAt.isEmpty()) {
            return none();
        }
        return step -> {
            if (step.equals(failAt)) {
                throw new IOException("injected failure at " + step);
            }
            if (step.equals(pauseAt)) {
                pause(step);
            }
        };
    }

    private static void pause(String step) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println("acta-test: paused at " + step);
        err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
