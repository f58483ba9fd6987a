package dev.covet.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.covet.orm.db.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

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
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    final String kind;
    private final String name;
    private final DatabaseUrl admin;
    private final Path sqliteFile;

    private RunDatabase(String kind, String name, DatabaseUrl admin, Path sqliteFile) {
        this.kind = kind;
        this.name = name;
        this.admin = admin;
        this.sqliteFile = sqliteFile;
    }

    static RunDatabase create(String kind) throws IOException, SQLException {
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        switch (kind) {
            case "sqlite" -> {
                Path file = Files.createTempFile(name, ".db");
                Files.delete(file);   // SQLite creates it; an empty file would do too, but this is plainer
                return new RunDatabase(kind, name, null, file);
            }
            case "postgresql", "mariadb" -> {
                DatabaseUrl admin = adminUrl(kind);
                try (Connection c = adminConnection(kind, admin); Statement s = c.createStatement()) {
                    dropStale(kind, c);
                    s.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    throw new SQLException("Cannot reach the " + kind + " server at " + admin + " (" + e.getMessage()
                            + "). Start it, or point " + envName(kind) + " at one.", e.getSQLState(), e);
                }
                return new RunDatabase(kind, name, admin, null);
            }
            default -> throw new IllegalArgumentException("Unknown database '" + kind + "'; use sqlite, postgresql or mariadb");
        }
    }

    /** The URL Covet is set up with. */
    String covetUrl() {
        if (sqliteFile != null) {
            return "sqlite:" + sqliteFile;
        }
        String userInfo = admin.user() == null ? "" : admin.user() + (admin.password() == null ? "" : ":" + admin.password()) + "@";
        return kind + "://" + userInfo + admin.host() + ":" + admin.port() + "/" + name;
    }

    String jdbcUrl() {
        return switch (kind) {
            case "sqlite" -> "jdbc:sqlite:" + sqliteFile;
            case "postgresql" -> "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/" + name;
            default -> "jdbc:mariadb://" + admin.host() + ":" + admin.port() + "/" + name;
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
        if (admin != null && admin.user() != null) {
            p.put("user", admin.user());
        }
        if (admin != null && admin.password() != null) {
            p.put("password", admin.password());
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
    void drop() throws IOException, SQLException {
        if (sqliteFile != null) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(sqliteFile + suffix));
            }
            return;
        }
        try (Connection c = adminConnection(kind, admin); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (kind.equals("postgresql") ? " WITH (FORCE)" : ""));
        }
    }

    private static String envName(String kind) {
        return kind.equals("postgresql") ? "COVET_BENCH_POSTGRESQL" : "COVET_BENCH_MARIADB";
    }

    private static DatabaseUrl adminUrl(String kind) {
        String v = System.getenv(envName(kind));
        if (v == null || v.isBlank()) {
            v = kind.equals("postgresql") ? "postgresql://postgres@127.0.0.1:5432/postgres" : "mariadb://root@127.0.0.1:3306/mysql";
        }
        return DatabaseUrl.parse(v);
    }

    private static Connection adminConnection(String kind, DatabaseUrl u) throws SQLException {
        String url = (kind.equals("postgresql") ? "jdbc:postgresql://" : "jdbc:mariadb://") + u.host() + ":" + u.port() + "/" + u.database();
        Properties p = new Properties();
        if (u.user() != null) {
            p.put("user", u.user());
        }
        if (u.password() != null) {
            p.put("password", u.password());
        }
        p.put("connectTimeout", kind.equals("postgresql") ? "10" : "10000");
        return DriverManager.getConnection(url, p);
    }

    /** Drops databases of runs that crashed more than six hours ago. */
    private static void dropStale(String kind, Connection c) throws SQLException {
        String list = kind.equals("postgresql") ? "SELECT datname FROM pg_database WHERE datname LIKE 'covet\\_bench\\_%'"
                : "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'covet\\_bench\\_%'";
        String cutoff = LocalDateTime.now().minusHours(6).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(list)) {
            while (rs.next()) {
                String n = rs.getString(1);
                String stamp = n.length() >= PREFIX.length() + 14 ? n.substring(PREFIX.length(), PREFIX.length() + 14) : "";
                if (stamp.compareTo(cutoff) < 0) {
                    stale.add(n);
                }
            }
        }
        for (String n : stale) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + n + (kind.equals("postgresql") ? " WITH (FORCE)" : ""));
            }
        }
    }
}
