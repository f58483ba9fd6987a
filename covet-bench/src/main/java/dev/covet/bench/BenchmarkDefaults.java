package dev.covet.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The settings every benchmark class inherits: average time per operation in microseconds, and a
 * full-length run (run-benchmarks passes shorter ones). Forks run in UTC with a fixed heap, and may
 * load SQLite's native code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Duser.timezone=UTC", "-Xms1g", "-Xmx1g",
        "-Dorg.jboss.logging.provider=slf4j"})
public abstract class BenchmarkDefaults {
}
