package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

/** Changing one field of a loaded object and writing the object back (one UPDATE of every column). */
public class UpdateOne extends BenchmarkDefaults {
    @Benchmark
    public BenchItem covet(CovetState s) {
        return s.update(s.nextHeld());
    }

    @Benchmark
    public ItemRow jdbc(JdbcState s) throws Exception {
        return s.update(s.nextHeld());
    }

    @Benchmark
    public ItemEntity hibernate(HibernateState s) {
        return s.update(s.nextHeld());
    }

    @Benchmark
    public ItemRow jooq(JooqState s) {
        return s.update(s.nextHeld());
    }
}
