package org.acta.build;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of the last build took, for maintainers who want to know where the time
 * goes ({@code acta build --timings}): wall time on the monotonic clock and, where the JVM can
 * tell, the CPU time of the whole process (all threads, the JIT compiler and the collector
 * included), so a stage that waits is told from one that computes. Never part of the output.
 */
public final class StageTimes {
    /** One stage: its wall time and the process's CPU time over it, in milliseconds (CPU -1 when unknown). */
    public record Stage(String name, long millis, long cpuMillis) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private long mark = System.nanoTime();
    private long cpuMark = cpuNanos();

    /** A stopwatch started now. */
    StageTimes() {
    }

    /** A stopwatch started now, that lists the stages of {@code before} first (a build after its inputs check). */
    StageTimes(StageTimes before) {
        stages.addAll(before.stages);
    }

    void lap(String name) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        stages.add(new Stage(name, (now - mark) / 1_000_000, cpu < 0 ? -1 : (cpu - cpuMark) / 1_000_000));
        mark = now;
        cpuMark = cpu;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** {@code read 120 ms (cpu 200) · bind 40 ms (cpu 40) · …}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        for (Stage stage : stages) {
            if (s.length() > 0) {
                s.append(" · ");
            }
            s.append(stage.name()).append(' ').append(stage.millis()).append(" ms");
            if (stage.cpuMillis() >= 0) {
                s.append(" (cpu ").append(stage.cpuMillis()).append(')');
            }
        }
        return s.toString();
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }
}
