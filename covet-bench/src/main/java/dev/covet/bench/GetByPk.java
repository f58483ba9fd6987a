package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

/** One row by primary key, hydrated into an object (every seeded row in turn). */
public class GetByPk extends BenchmarkDefaults {
    @Benchmark
    public BenchItem covet(CovetState s) {
        return s.get(s.nextId());
    }

    @Benchmark
    public ItemRow jdbc(JdbcState s) throws Exception {
        return s.get(s.nextId());
    }

    @Benchmark
    public ItemEntity hibernate(HibernateState s) {
        return s.get(s.nextId());
    }

    @Benchmark
    public ItemRow jooq(JooqState s) {
        return s.get(s.nextId());
    }
}
