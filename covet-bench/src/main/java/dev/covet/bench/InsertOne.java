package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

/** Making one new object and inserting it; its generated key is read back. */
public class InsertOne extends BenchmarkDefaults {
    @Benchmark
    public BenchItem covet(CovetState s) {
        return s.insert(s.nextSerial());
    }

    @Benchmark
    public ItemRow jdbc(JdbcState s) throws Exception {
        return s.insert(s.nextSerial());
    }

    @Benchmark
    public ItemEntity hibernate(HibernateState s) {
        return s.insert(s.nextSerial());
    }

    @Benchmark
    public ItemRow jooq(JooqState s) {
        return s.insert(s.nextSerial());
    }
}
