package org.acta.publish;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The named steps of publishing, for the tests that kill a build at each of them. Outside those
 * tests nothing happens at a checkpoint. A test starts a build with the system property
 * {@code acta.test.publish.pause=STEP}; the build then prints {@code acta-test: paused at STEP}
 * on standard error and waits there until it is killed.
 */
@FunctionalInterface
interface Checkpoints {
    String PROPERTY = "acta.test.publish.pause";

    void reached(String step);

    static Checkpoints none() {
        return step -> { };
    }

    static Checkpoints fromSystemProperty() {
        String pauseAt = System.getProperty(PROPERTY);
        if (pauseAt == null || pauseAt.isEmpty()) {
            return none();
        }
        return step -> {
            if (step.equals(pauseAt)) {
                PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
                err.println("acta-test: paused at " + step);
                err.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
