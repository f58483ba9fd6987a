package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Making 10,000 new objects and inserting them at once, keys read back; on PostgreSQL also {@code COPY} (no keys), the bulk-load limit. */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkInsert10k extends BenchmarkDefaults {
    @Benchmark
    public List<BenchItem> covet(CovetState s) {
        return s.insertAll(s.nextSerials(BenchState.BULK_LARGE), BenchState.BULK_LARGE);
    }

    @Benchmark
    public List<ItemRow> jdbc(JdbcState s) throws Exception {
        return s.insertAll(s.nextSerials(BenchState.BULK_LARGE), BenchState.BULK_LARGE);
    }

    @Benchmark
    public List<ItemEntity> hibernate(HibernateState s) {
        return s.insertAll(s.nextSerials(BenchState.BULK_LARGE), BenchState.BULK_LARGE);
    }

    @Benchmark
    public List<ItemRow> jooq(JooqState s) {
        return s.insertAll(s.nextSerials(BenchState.BULK_LARGE), BenchState.BULK_LARGE);
    }

    /** PostgreSQL only (elsewhere it returns at once, and the table leaves it out). */
    @Benchmark
    public List<ItemRow> copy(JdbcState s) throws Exception {
        return s.copy(s.nextSerials(BenchState.BULK_LARGE), BenchState.BULK_LARGE);
    }
}
