package dev.covet.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of the benchmark's own threads per operation ({@code cpu.time.norm}, ns/op): what the
 * library under test spends in the JVM, without the time the thread waits for the database's answer.
 * On PostgreSQL and MariaDB a 150 µs round trip hides a 30 µs ORM in wall time; it does not here.
 * It is read with {@link ThreadMXBean#getThreadCpuTime} for every JMH worker thread before and after
 * each iteration, and divided by the iteration's operations, as {@code -prof gc} does for allocation.
 * Not counted: JIT compiler and GC threads, and the database server's own CPU.
 *
 * <pre>{@code java -jar benchmarks.jar -prof dev.covet.bench.ThreadCpuProfiler ...}</pre>
 */
public final class ThreadCpuProfiler implements InternalProfiler {
    private static final String WORKER = "-jmh-worker-";
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> before = new HashMap<>();

    public ThreadCpuProfiler() {
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("This JVM does not measure thread CPU time");
        }
        threads.setThreadCpuTimeEnabled(true);
    }

    @Override
    public String getDescription() {
        return "CPU time per operation of the benchmark threads (ThreadMXBean)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before.clear();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains(WORKER)) {
                before.put(t.threadId(), threads.getThreadCpuTime(t.threadId()));
            }
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains(WORKER)) {
                long now = threads.getThreadCpuTime(t.threadId());
                if (now >= 0) {
                    cpu += now - before.getOrDefault(t.threadId(), 0L);
                }
            }
        }
        long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.norm", (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
    }
}
