package dev.covet.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor: hand-written JDBC over a HikariCP pool, done as well as plain JDBC allows. Statements are
 * kept per physical connection ({@link KeptStatements}; pgjdbc prepares them on the server after
 * {@code prepareThreshold} uses), columns are bound and read by index into {@link ItemRow}s, many rows
 * go in one multi-row {@code INSERT ... VALUES (...), (...) RETURNING id} of at most {@link #CHUNK}
 * rows, and PostgreSQL's {@code COPY} ({@link #copy}) is the bulk-load limit when no keys are needed.
 * Keys come back through {@code RETURNING id}, which all three databases here support (MariaDB from 10.5).
 */
final class JdbcItems {
    /** Rows per multi-row INSERT: 5,000 parameters, under every driver's limit (SQLite 32,766, pgjdbc 32,767). */
    static final int CHUNK = 1000;
    private static final String COLUMNS = "id, name, score, amount, active, created_at";
    private static final String GET = "SELECT " + COLUMNS + " FROM bench_item WHERE id = ?";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM bench_item WHERE score >= ? ORDER BY id LIMIT ?";
    private static final String BELOW = "SELECT " + COLUMNS + " FROM bench_item WHERE score < ? ORDER BY id";
    private static final String VALUES_BELOW = "SELECT id, name, score FROM bench_item WHERE score < ? ORDER BY id";
    private static final String ALL = "SELECT " + COLUMNS + " FROM bench_item";
    private static final String COUNT = "SELECT COUNT(*) FROM bench_item WHERE score >= ?";
    private static final String GROUPED = "SELECT active, COUNT(*), SUM(score) FROM bench_item GROUP BY active ORDER BY active";
    private static final String INSERT_HEAD = "INSERT INTO bench_item (name, score, amount, active, created_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_HEAD + ROW + " RETURNING id";
    private static final String UPDATE = "UPDATE bench_item SET name = ?, score = ?, amount = ?, active = ?, created_at = ? WHERE id = ?";
    private static final String UPDATE_SCORE = "UPDATE bench_item SET score = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM bench_item WHERE id = ?";
    private static final String COPY = "COPY bench_item (name, score, amount, active, created_at) FROM STDIN";

    private final DataSource source;
    private final JdbcColumns columns;
    private final KeptStatements kept = new KeptStatements();
    /** Multi-row INSERT texts by row count, built once. */
    private final String[] inserts = new String[CHUNK + 1];

    JdbcItems(DataSource source, JdbcColumns columns) {
        this.source = source;
        this.columns = columns;
    }

    void close() throws SQLException {
        kept.close();
    }

    /** {@code SELECT 1}: the round trip and the pool, nothing else. */
    int selectOne() throws SQLException {
        try (Connection c = source.getConnection()) {
            try (ResultSet rs = kept.get(c, "SELECT 1").executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    ItemRow get(long id) throws SQLException {
        try (Connection c = source.getConnection()) {
            PreparedStatement ps = kept.get(c, GET);
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    List<ItemRow> page(int minScore, int limit) throws SQLException {
        try (Connection c = source.getConnection()) {
            PreparedStatement ps = kept.get(c, PAGE);
            ps.setInt(1, minScore);
            ps.setInt(2, limit);
            return readAll(ps, limit);
        }
    }

    List<ItemRow> below(int maxScore) throws SQLException {
        try (Connection c = source.getConnection()) {
            PreparedStatement ps = kept.get(c, BELOW);
            ps.setInt(1, maxScore);
            return readAll(ps, 1024);
        }
    }

    /** (id, name, score) of the rows with {@code score < maxScore}, as arrays. */
    List<Object[]> valuesBelow(int maxScore) throws SQLException {
        try (Connection c = source.getConnection()) {
            PreparedStatement ps = kept.get(c, VALUES_BELOW);
            ps.setInt(1, maxScore);
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> rows = new ArrayList<>(1024);
                while (rs.next()) {
                    rows.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getInt(3)});
                }
                return rows;
            }
        }
    }

    long count(int minScore) throws SQLException {
        try (Connection c = source.getConnection()) {
            PreparedStatement ps = kept.get(c, COUNT);
            ps.setInt(1, minScore);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Rows per value of {@code active} and the sum of their scores: {false, count, sum} then {true, count, sum}. */
    long[][] grouped() throws SQLException {
        try (Connection c = source.getConnection()) {
            try (ResultSet rs = kept.get(c, GROUPED).executeQuery()) {
                long[][] out = new long[2][];
                int i = 0;
                while (rs.next() && i < 2) {
                    out[i++] = new long[]{rs.getBoolean(1) ? 1 : 0, rs.getLong(2), rs.getLong(3)};
                }
                return out;
            }
        }
    }

    /** Inserts {@code row} and sets its key. */
    void insert(ItemRow row) throws SQLException {
        try (Connection c = source.getConnection()) {
            insertOne(c, row);
        }
    }

    /** Inserts each of {@code rows} with its own INSERT, all in one transaction, and sets their keys. */
    void insertEach(List<ItemRow> rows) throws SQLException {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (ItemRow row : rows) {
                    insertOne(c, row);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private void insertOne(Connection c, ItemRow row) throws SQLException {
        PreparedStatement ps = kept.get(c, INSERT);
        bind(ps, 0, row);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            row.id = rs.getLong(1);
        }
    }

    /** Inserts {@code rows} with multi-row INSERTs of at most {@link #CHUNK} rows, in one transaction when more than one, and sets their keys. */
    void insertAll(List<ItemRow> rows) throws SQLException {
        try (Connection c = source.getConnection()) {
            if (rows.size() <= CHUNK) {
                insertAll(c, rows);
                return;
            }
            c.setAutoCommit(false);
            try {
                insertAll(c, rows);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    void insertAll(Connection c, List<ItemRow> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ItemRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            PreparedStatement ps = kept.get(c, insertSql(chunk.size()));
            for (int i = 0; i < chunk.size(); i++) {
                bind(ps, i * 5, chunk.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                // RETURNING gives the keys in VALUES order on all three databases
                for (ItemRow row : chunk) {
                    rs.next();
                    row.id = rs.getLong(1);
                }
            }
        }
    }

    /** PostgreSQL only: loads {@code rows} with {@code COPY ... FROM STDIN} (text format); keys are not read back. */
    void copy(List<ItemRow> rows) throws SQLException {
        try (Connection c = source.getConnection()) {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                StringBuilder b = new StringBuilder(64 * 1024 + 256);
                for (ItemRow r : rows) {
                    b.append(r.name).append('\t').append(r.score).append('\t').append(r.amount.toPlainString()).append('\t')
                            .append(r.active ? 't' : 'f').append('\t').append(LocalDateTime.ofInstant(r.createdAt, ZoneOffset.UTC)).append('\n');
                    if (b.length() >= 64 * 1024) {
                        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        b.setLength(0);
                    }
                }
                byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }

    /**
     * Every row, {@code chunk} at a time (pgjdbc streams only inside a transaction; MariaDB's driver streams
     * with a fetch size; SQLite steps through its rows anyway): the sum of the scores.
     */
    long stream(int chunk) throws SQLException {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                PreparedStatement ps = kept.get(c, ALL);
                ps.setFetchSize(chunk);
                long sum = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sum += read(rs).score;
                    }
                }
                c.commit();
                return sum;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Writes every column of {@code row} to its row. */
    int update(ItemRow row) throws SQLException {
        try (Connection c = source.getConnection()) {
            PreparedStatement ps = kept.get(c, UPDATE);
            bind(ps, 0, row);
            ps.setLong(6, row.id);
            return ps.executeUpdate();
        }
    }

    /** Writes only the score of {@code row}. */
    int updateScore(ItemRow row) throws SQLException {
        try (Connection c = source.getConnection()) {
            PreparedStatement ps = kept.get(c, UPDATE_SCORE);
            ps.setInt(1, row.score);
            ps.setLong(2, row.id);
            return ps.executeUpdate();
        }
    }

    /** Deletes each row of {@code rows} by key, one DELETE each, in one transaction. */
    int deleteEach(List<ItemRow> rows) throws SQLException {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                int n = 0;
                PreparedStatement ps = kept.get(c, DELETE);
                for (ItemRow row : rows) {
                    ps.setLong(1, row.id);
                    n += ps.executeUpdate();
                }
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private List<ItemRow> readAll(PreparedStatement ps, int expected) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<ItemRow> rows = new ArrayList<>(expected);
            while (rs.next()) {
                rows.add(read(rs));
            }
            return rows;
        }
    }

    private String insertSql(int n) {
        String sql = inserts[n];
        if (sql == null) {
            StringBuilder b = new StringBuilder(INSERT_HEAD.length() + n * (ROW.length() + 2) + 13).append(INSERT_HEAD);
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "" : ", ").append(ROW);
            }
            sql = b.append(" RETURNING id").toString();
            inserts[n] = sql;
        }
        return sql;
    }

    private void bind(PreparedStatement ps, int offset, ItemRow row) throws SQLException {
        ps.setString(offset + 1, row.name);
        ps.setInt(offset + 2, row.score);
        columns.bindAmount(ps, offset + 3, row.amount);
        ps.setBoolean(offset + 4, row.active);
        columns.bindCreatedAt(ps, offset + 5, row.createdAt);
    }

    private ItemRow read(ResultSet rs) throws SQLException {
        ItemRow r = new ItemRow();
        r.id = rs.getLong(1);
        r.name = rs.getString(2);
        r.score = rs.getInt(3);
        r.amount = columns.amount(rs, 4);
        r.active = rs.getBoolean(5);
        r.createdAt = columns.createdAt(rs, 6);
        return r;
    }
}
