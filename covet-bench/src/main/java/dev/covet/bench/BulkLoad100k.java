package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL only: loading 100,000 new rows, against {@code COPY} (the bulk-load limit; no keys read back).
 * Covet's {@code bulkCreate} and the JDBC floor read every key back. On SQLite and MariaDB each method
 * returns at once and the table leaves them out.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkLoad100k extends BenchmarkDefaults {
    static final int ROWS = 100_000;

    @Benchmark
    public List<BenchItem> covet(CovetState s) {
        return s.db.equals("postgresql") ? s.insertAll(s.nextSerials(ROWS), ROWS) : List.of();
    }

    @Benchmark
    public List<ItemRow> jdbc(JdbcState s) throws Exception {
        return s.db.equals("postgresql") ? s.insertAll(s.nextSerials(ROWS), ROWS) : List.of();
    }

    @Benchmark
    public List<ItemRow> copy(JdbcState s) throws Exception {
        return s.copy(s.nextSerials(ROWS), ROWS);
    }
}
