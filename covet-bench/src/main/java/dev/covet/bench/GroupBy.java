package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

/** {@code SELECT active, COUNT(*), SUM(score) ... GROUP BY active}: an aggregate over the whole table, two rows back. */
public class GroupBy extends BenchmarkDefaults {
    @Benchmark
    public long[][] covet(CovetState s) {
        return s.grouped();
    }

    @Benchmark
    public long[][] jdbc(JdbcState s) throws Exception {
        return s.grouped();
    }

    @Benchmark
    public long[][] hibernate(HibernateState s) {
        return s.grouped();
    }

    @Benchmark
    public long[][] jooq(JooqState s) {
        return s.grouped();
    }
}
