package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/** {@code WHERE score < 100 ORDER BY id}: every row of a level, 1,000 rows hydrated into objects. */
public class FilterLarge extends BenchmarkDefaults {
    @Benchmark
    public List<BenchItem> covet(CovetState s) {
        return s.below();
    }

    @Benchmark
    public List<ItemRow> jdbc(JdbcState s) throws Exception {
        return s.below();
    }

    @Benchmark
    public List<ItemEntity> hibernate(HibernateState s) {
        return s.below();
    }

    @Benchmark
    public List<ItemRow> jooq(JooqState s) {
        return s.below();
    }
}
