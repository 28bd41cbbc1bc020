package org.acta.build;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of the last build took, for maintainers who want to know where the time
 * goes ({@code acta build --timings}). Measured with the monotonic clock; never part of the output.
 */
public final class StageTimes {
    /** One stage and its duration in milliseconds. */
    public record Stage(String name, long millis) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private long mark = System.nanoTime();

    void lap(String name) {
        long now = System.nanoTime();
        stages.add(new Stage(name, (now - mark) / 1_000_000));
        mark = now;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** {@code read 120 ms · bind 40 ms · …}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        for (Stage stage : stages) {
            if (s.length() > 0) {
                s.append(" · ");
            }
            s.append(stage.name()).append(' ').append(stage.millis()).append(" ms");
        }
        return s.toString();
    }
}
