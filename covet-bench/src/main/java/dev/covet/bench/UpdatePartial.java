package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

/** Changing the score of a loaded object and writing only that column ({@code save(updateFields("score"))}). */
public class UpdatePartial extends BenchmarkDefaults {
    @Benchmark
    public BenchItem covet(CovetState s) {
        return s.updateScore(s.nextHeld());
    }

    @Benchmark
    public ItemRow jdbc(JdbcState s) throws Exception {
        return s.updateScore(s.nextHeld());
    }

    @Benchmark
    public ItemEntity hibernate(HibernateState s) {
        return s.updateScore(s.nextHeld());
    }

    @Benchmark
    public ItemRow jooq(JooqState s) {
        return s.updateScore(s.nextHeld());
    }
}
