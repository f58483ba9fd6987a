package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/** {@code WHERE score >= 500 ORDER BY id LIMIT 20}: a 20-row page hydrated into objects. */
public class FilterPage extends BenchmarkDefaults {
    @Benchmark
    public List<BenchItem> covet(CovetState s) {
        return s.page();
    }

    @Benchmark
    public List<ItemRow> jdbc(JdbcState s) throws Exception {
        return s.page();
    }

    @Benchmark
    public List<ItemEntity> hibernate(HibernateState s) {
        return s.page();
    }

    @Benchmark
    public List<ItemRow> jooq(JooqState s) {
        return s.page();
    }
}
