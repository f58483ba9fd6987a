package dev.covet.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.testing.ThrowawayDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The database of one benchmark trial, never shared with the test suite or another run: a fresh
 * SQLite file in the temp directory, or a fresh {@code covet_bench_<time>_<random>} database on the
 * PostgreSQL or MariaDB server. {@link #drop()} removes it; databases left by crashed runs are
 * dropped by a later run once they are six hours old.
 *
 * <p>Servers: {@code COVET_BENCH_POSTGRESQL} (default {@code postgresql://postgres@127.0.0.1:5432/postgres})
 * and {@code COVET_BENCH_MARIADB} (default {@code mariadb://root@127.0.0.1:3306/mysql}), each naming an
 * administrative database next to which the run's database is created.
 *
 * <p>Every implementation gets a pool of {@link #POOL_SIZE} connections with the same driver settings
 * that change how the database works (SQLite's WAL journal and {@code synchronous=NORMAL}, pgjdbc's
 * batch rewrite, MariaDB's {@code allowLocalInfile=false}, which keeps pipelining on). Covet's own extra
 * settings (pgjdbc {@code autosave=always}, SQLite {@code BEGIN IMMEDIATE}) stay Covet's.
 */
final class RunDatabase {
    static final int POOL_SIZE = 2;
    private static final String PREFIX = "covet_bench_";

    final String kind;
    private final ThrowawayDatabase database;
    private final DatabaseUrl url;

    private RunDatabase(String kind, ThrowawayDatabase database) {
        this.kind = kind;
        this.database = database;
        this.url = database.databaseUrl();
    }

    static RunDatabase create(String kind) {
        String admin = switch (kind) {
            case "sqlite" -> "sqlite:" + System.getProperty("java.io.tmpdir");
            case "postgresql", "mariadb" -> adminUrl(kind);
            default -> throw new IllegalArgumentException("Unknown database '" + kind + "'; use sqlite, postgresql or mariadb");
        };
        try {
            return new RunDatabase(kind, ThrowawayDatabase.on(admin, PREFIX));
        } catch (ConnectionLost e) {
            throw new IllegalStateException(e.getMessage() + ". Start the server, or point " + envName(kind) + " at one.", e);
        }
    }

    /** The URL Covet is set up with. */
    String covetUrl() {
        return database.url();
    }

    String jdbcUrl() {
        return switch (kind) {
            case "sqlite" -> "jdbc:sqlite:" + url.path();
            case "postgresql" -> "jdbc:postgresql://" + url.host() + ":" + url.port() + "/" + url.database();
            default -> "jdbc:mariadb://" + url.host() + ":" + url.port() + "/" + url.database();
        };
    }

    /** The driver settings every implementation's connections share (see the class comment). */
    Properties driverProperties() {
        Properties p = new Properties();
        switch (kind) {
            case "sqlite" -> {
                p.put("journal_mode", "WAL");
                p.put("synchronous", "NORMAL");
                p.put("foreign_keys", "true");
                p.put("busy_timeout", "10000");
            }
            case "postgresql" -> p.put("reWriteBatchedInserts", "true");
            default -> p.put("allowLocalInfile", "false");
        }
        if (url.user() != null) {
            p.put("user", url.user());
        }
        if (url.password() != null) {
            p.put("password", url.password());
        }
        return p;
    }

    /** A connection outside any pool, for creating and seeding. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), driverProperties());
    }

    /** A HikariCP pool sized and configured as Covet's is. */
    HikariDataSource pool(String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(jdbcUrl());
        config.setDataSourceProperties(driverProperties());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        return new HikariDataSource(config);
    }

    /** Removes the database; every pool on it must be closed first. */
    void drop() {
        database.close();
    }

    /** The server's own version string, or why it could not be read. */
    static String serverVersion(String kind) {
        try {
            DatabaseUrl admin = DatabaseUrl.parse(adminUrl(kind));
            String jdbc = (kind.equals("postgresql") ? "jdbc:postgresql://" : "jdbc:mariadb://") + admin.host() + ":" + admin.port() + "/" + admin.database();
            Properties p = new Properties();
            if (admin.user() != null) {
                p.put("user", admin.user());
            }
            if (admin.password() != null) {
                p.put("password", admin.password());
            }
            try (Connection c = DriverManager.getConnection(jdbc, p); var s = c.createStatement(); var rs = s.executeQuery("SELECT version()")) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String envName(String kind) {
        return kind.equals("postgresql") ? "COVET_BENCH_POSTGRESQL" : "COVET_BENCH_MARIADB";
    }

    private static String adminUrl(String kind) {
        String v = System.getenv(envName(kind));
        if (v == null || v.isBlank()) {
            v = kind.equals("postgresql") ? "postgresql://postgres@127.0.0.1:5432/postgres" : "mariadb://root@127.0.0.1:3306/mysql";
        }
        return v;
    }
}
