package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.concurrent.TimeUnit;

/**
 * 1,000,000 rows streamed 1,000 at a time (Covet {@code iterator(1000)}, a JDBC fetch size, Hibernate's
 * {@code getResultStream} on a StatelessSession, jOOQ's {@code fetchLazy}), each row hydrated and dropped,
 * in a 256 MB heap: an implementation that holds the rows fails with OutOfMemoryError.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Duser.timezone=UTC", "-Xms256m", "-Xmx256m",
        "-Dorg.jboss.logging.provider=slf4j"})
public class Stream1M extends BenchmarkDefaults {
    @Benchmark
    public long covet(CovetStream s) throws Exception {
        return s.implementation.stream(StreamState.CHUNK);
    }

    @Benchmark
    public long jdbc(JdbcStream s) throws Exception {
        return s.implementation.stream(StreamState.CHUNK);
    }

    @Benchmark
    public long hibernate(HibernateStream s) throws Exception {
        return s.implementation.stream(StreamState.CHUNK);
    }

    @Benchmark
    public long jooq(JooqStream s) throws Exception {
        return s.implementation.stream(StreamState.CHUNK);
    }
}
