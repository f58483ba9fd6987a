package dev.covet.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: hand-written JDBC over a HikariCP pool, one prepared statement per call (what an
 * ORM does too; sqlite-jdbc has no statement cache, pgjdbc caches server-side plans by SQL text for
 * every caller alike), columns bound and read by index into {@link ItemRow}s. Keys come back through
 * {@code RETURNING id}, which all three databases here support (MariaDB from 10.5).
 */
final class JdbcItems {
    private static final String COLUMNS = "id, name, score, amount, active, created_at";
    private static final String GET = "SELECT " + COLUMNS + " FROM bench_item WHERE id = ?";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM bench_item WHERE score >= ? ORDER BY id LIMIT ?";
    private static final String COUNT = "SELECT COUNT(*) FROM bench_item WHERE score >= ?";
    private static final String INSERT_HEAD = "INSERT INTO bench_item (name, score, amount, active, created_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_HEAD + ROW + " RETURNING id";
    private static final String UPDATE = "UPDATE bench_item SET name = ?, score = ?, amount = ?, active = ?, created_at = ? WHERE id = ?";

    private final DataSource source;
    private final JdbcColumns columns;
    /** Multi-row INSERT texts by row count, built once. */
    private final String[] inserts = new String[1001];

    JdbcItems(DataSource source, JdbcColumns columns) {
        this.source = source;
        this.columns = columns;
    }

    ItemRow get(long id) throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(GET)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    List<ItemRow> page(int minScore, int limit) throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(PAGE)) {
            ps.setInt(1, minScore);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<ItemRow> rows = new ArrayList<>(limit);
                while (rs.next()) {
                    rows.add(read(rs));
                }
                return rows;
            }
        }
    }

    long count(int minScore) throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(COUNT)) {
            ps.setInt(1, minScore);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Inserts {@code row} and sets its key. */
    void insert(ItemRow row) throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, 0, row);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                row.id = rs.getLong(1);
            }
        }
    }

    /** Inserts {@code rows} (at most 1000) with one multi-row INSERT and sets their keys. */
    void insertAll(List<ItemRow> rows) throws SQLException {
        try (Connection c = source.getConnection()) {
            insertAll(c, rows);
        }
    }

    void insertAll(Connection c, List<ItemRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql(rows.size()))) {
            for (int i = 0; i < rows.size(); i++) {
                bind(ps, i * 5, rows.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                // RETURNING gives the keys in VALUES order on all three databases
                for (ItemRow row : rows) {
                    rs.next();
                    row.id = rs.getLong(1);
                }
            }
        }
    }

    /** Writes every column of {@code row} to its row. */
    int update(ItemRow row) throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(UPDATE)) {
            bind(ps, 0, row);
            ps.setLong(6, row.id);
            return ps.executeUpdate();
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
