package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

/** {@code SELECT COUNT(*) ... WHERE score >= 500} over the 10,000 seeded rows (no index on score: mostly database time). */
public class Count extends BenchmarkDefaults {
    @Benchmark
    public long covet(CovetState s) {
        return s.count();
    }

    @Benchmark
    public long jdbc(JdbcState s) throws Exception {
        return s.count();
    }

    @Benchmark
    public long hibernate(HibernateState s) {
        return s.count();
    }

    @Benchmark
    public long jooq(JooqState s) {
        return s.count();
    }
}
