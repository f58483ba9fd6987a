package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

/** {@code SELECT 1} on a kept statement: the pool and the round trip to the database, the least any operation costs. */
public class RoundTrip extends BenchmarkDefaults {
    @Benchmark
    public int jdbc(JdbcState s) throws Exception {
        return s.selectOne();
    }
}
