package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/** Making 20 new objects and saving each with its own INSERT, all in one transaction; keys are read back. */
public class InsertMany extends BenchmarkDefaults {
    @Benchmark
    public List<BenchItem> covet(CovetState s) {
        return s.insertEach(s.nextSerials(BenchState.MANY), BenchState.MANY);
    }

    @Benchmark
    public List<ItemRow> jdbc(JdbcState s) throws Exception {
        return s.insertEach(s.nextSerials(BenchState.MANY), BenchState.MANY);
    }

    @Benchmark
    public List<ItemEntity> hibernate(HibernateState s) {
        return s.insertEach(s.nextSerials(BenchState.MANY), BenchState.MANY);
    }

    @Benchmark
    public List<ItemRow> jooq(JooqState s) {
        return s.insertEach(s.nextSerials(BenchState.MANY), BenchState.MANY);
    }
}
