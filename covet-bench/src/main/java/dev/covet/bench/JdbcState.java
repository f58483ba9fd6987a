package dev.covet.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The hand-written JDBC baseline ({@link JdbcItems}) over its own HikariCP pool. */
@State(Scope.Benchmark)
public class JdbcState extends BenchState<ItemRow> {
    private HikariDataSource pool;
    private JdbcItems items;

    @Override
    void open() {
        pool = run.pool("covet-bench-jdbc");
        items = new JdbcItems(pool, JdbcColumns.forKind(db));
    }

    @Override
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    ItemRow get(long id) throws SQLException {
        return items.get(id);
    }

    @Override
    List<ItemRow> page() throws SQLException {
        return items.page(MIN_SCORE, PAGE);
    }

    @Override
    long count() throws SQLException {
        return items.count(MIN_SCORE);
    }

    @Override
    ItemRow insert(long n) throws SQLException {
        ItemRow row = ItemValues.row(n);
        items.insert(row);
        return row;
    }

    @Override
    List<ItemRow> insertAll(long first, int count) throws SQLException {
        List<ItemRow> rows = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            rows.add(ItemValues.row(n));
        }
        items.insertAll(rows);
        return rows;
    }

    @Override
    ItemRow update(ItemRow row) throws SQLException {
        row.score = (row.score + 1) % 1000;
        items.update(row);
        return row;
    }

    @Override
    List<ItemRow> load(long from, long to) throws SQLException {
        List<ItemRow> rows = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            ItemRow r = items.get(id);
            if (r != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    @Override
    ItemRow view(ItemRow row) {
        return row;
    }
}
