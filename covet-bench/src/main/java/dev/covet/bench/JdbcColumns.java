package dev.covet.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How hand-written JDBC code binds and reads the columns whose storage differs by database, the
 * way Covet stores them: on SQLite decimals are REAL (read back at two places) and instants are
 * text; on PostgreSQL and MariaDB they are DECIMAL and a UTC timestamp without zone.
 */
interface JdbcColumns {
    void bindAmount(PreparedStatement ps, int i, BigDecimal v) throws SQLException;

    BigDecimal amount(ResultSet rs, int i) throws SQLException;

    void bindCreatedAt(PreparedStatement ps, int i, Instant v) throws SQLException;

    Instant createdAt(ResultSet rs, int i) throws SQLException;

    static JdbcColumns forKind(String kind) {
        return kind.equals("sqlite") ? SQLITE : SERVER;
    }

    JdbcColumns SQLITE = new JdbcColumns() {
        public void bindAmount(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
            ps.setDouble(i, v.doubleValue());
        }

        public BigDecimal amount(ResultSet rs, int i) throws SQLException {
            return BigDecimal.valueOf(rs.getDouble(i)).setScale(2, RoundingMode.HALF_EVEN);
        }

        public void bindCreatedAt(PreparedStatement ps, int i, Instant v) throws SQLException {
            ps.setString(i, SqliteText.format(v));
        }

        public Instant createdAt(ResultSet rs, int i) throws SQLException {
            return SqliteText.parse(rs.getString(i));
        }
    };

    JdbcColumns SERVER = new JdbcColumns() {
        public void bindAmount(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
            ps.setBigDecimal(i, v);
        }

        public BigDecimal amount(ResultSet rs, int i) throws SQLException {
            return rs.getBigDecimal(i);
        }

        public void bindCreatedAt(PreparedStatement ps, int i, Instant v) throws SQLException {
            ps.setObject(i, LocalDateTime.ofInstant(v, ZoneOffset.UTC));
        }

        public Instant createdAt(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
    };
}
