package dev.covet.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The hand-written JDBC floor ({@link JdbcItems}) over its own HikariCP pool. */
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
    void close() throws SQLException {
        try {
            if (items != null) {
                items.close();
            }
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
    }

    int selectOne() throws SQLException {
        return items.selectOne();
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
    List<ItemRow> below() throws SQLException {
        return items.below(BELOW);
    }

    @Override
    List<Object[]> valuesBelow() throws SQLException {
        return items.valuesBelow(BELOW);
    }

    @Override
    long count() throws SQLException {
        return items.count(MIN_SCORE);
    }

    @Override
    long[][] grouped() throws SQLException {
        return items.grouped();
    }

    @Override
    ItemRow insert(long n) throws SQLException {
        ItemRow row = ItemValues.row(n);
        items.insert(row);
        return row;
    }

    @Override
    List<ItemRow> insertAll(long first, int count) throws SQLException {
        List<ItemRow> rows = rows(first, count);
        items.insertAll(rows);
        return rows;
    }

    @Override
    List<ItemRow> insertEach(long first, int count) throws SQLException {
        List<ItemRow> rows = rows(first, count);
        items.insertEach(rows);
        return rows;
    }

    /** PostgreSQL's COPY of rows {@code first} to {@code first + count - 1} (no keys read back); elsewhere nothing. */
    List<ItemRow> copy(long first, int count) throws SQLException {
        if (!db.equals("postgresql")) {
            return List.of();
        }
        List<ItemRow> rows = rows(first, count);
        items.copy(rows);
        return rows;
    }

    @Override
    long stream(int chunk) throws SQLException {
        return items.stream(chunk);
    }

    @Override
    ItemRow update(ItemRow row) throws SQLException {
        row.score = (row.score + 1) % 1000;
        items.update(row);
        return row;
    }

    @Override
    ItemRow updateScore(ItemRow row) throws SQLException {
        row.score = (row.score + 1) % 1000;
        items.updateScore(row);
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

    private static List<ItemRow> rows(long first, int count) {
        List<ItemRow> rows = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            rows.add(ItemValues.row(n));
        }
        return rows;
    }
}
