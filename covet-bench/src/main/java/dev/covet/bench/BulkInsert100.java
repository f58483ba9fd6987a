package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/** Making 100 new objects and inserting them at once (Covet bulkCreate, one multi-row JDBC INSERT, Hibernate StatelessSession.insertMultiple, jOOQ multi-row INSERT); keys are read back. */
public class BulkInsert100 extends BenchmarkDefaults {
    @Benchmark
    public List<BenchItem> covet(CovetState s) {
        return s.insertAll(s.nextSerials(BenchState.BULK), BenchState.BULK);
    }

    @Benchmark
    public List<ItemRow> jdbc(JdbcState s) throws Exception {
        return s.insertAll(s.nextSerials(BenchState.BULK), BenchState.BULK);
    }

    @Benchmark
    public List<ItemEntity> hibernate(HibernateState s) {
        return s.insertAll(s.nextSerials(BenchState.BULK), BenchState.BULK);
    }

    @Benchmark
    public List<ItemRow> jooq(JooqState s) {
        return s.insertAll(s.nextSerials(BenchState.BULK), BenchState.BULK);
    }
}
