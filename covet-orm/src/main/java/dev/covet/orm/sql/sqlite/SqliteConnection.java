package dev.covet.orm.sql.sqlite;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.sql.ConnectionSettings;
import dev.covet.orm.sql.JdbcTarget;
import dev.covet.orm.sql.ParsedUrl;
import dev.covet.orm.sql.Vendor;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How Covet opens SQLite files: foreign keys on, WAL for files, every transaction BEGIN IMMEDIATE,
 * Covet's functions registered and statement deadlines enforced in the VM. Immutable and thread-safe.
 */
public final class SqliteConnection extends ConnectionSettings {
    /** {@code sqlite:} URLs name a file; the driver is xerial's sqlite-jdbc. */
    public static final Vendor VENDOR = new Vendor(List.of("sqlite"), 0, "org.sqlite.JDBC", "org.xerial:sqlite-jdbc", List.of("sqlite"));

    SqliteConnection() {
        super(VENDOR);
    }

    @Override
    public JdbcTarget jdbc(ParsedUrl url) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("foreign_keys", "true");
        props.put("busy_timeout", "10000");
        props.put("case_sensitive_like", "true");
        props.put("transaction_mode", "IMMEDIATE");
        String target;
        if (url.isMemory()) {
            // One shared in-memory database for every connection of the pool, alive while any is open.
            target = "jdbc:sqlite:file:covet_memory_" + UUID.randomUUID() + "?mode=memory&cache=shared";
        } else {
            props.put("journal_mode", "WAL");
            props.put("synchronous", "NORMAL");
            target = "jdbc:sqlite:" + url.path();
        }
        props.putAll(url.driverOptions());
        return new JdbcTarget(target, props, VENDOR.driverClass());
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        SqliteFunctions.register(connection);
        SqliteDeadline.install(connection);
    }

    @Override
    public String limitStatement(Connection connection, String sql, long millis) {
        // no server to enforce it: the running thread carries the deadline (see SqliteDeadline)
        SqliteDeadline.start(millis);
        return sql;
    }

    @Override
    public void endLimit(Connection connection, long sessionMillis) {
        SqliteDeadline.clear();
    }

    @Override
    public void prepareGiven(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA case_sensitive_like = ON");
            // SQLite ignores this pragma inside a transaction (an outer manager may have begun one already)
            s.execute("PRAGMA foreign_keys = ON");
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new ImproperlyConfigured("A connection of the given SQLite DataSource has foreign keys off, and Covet"
                            + " met it inside a transaction, where SQLite cannot turn them on; open the DataSource's"
                            + " connections with the driver property foreign_keys=true");
                }
            }
        }
        // the next BEGIN takes the write lock up front, as Covet's own connections do (transaction_mode=IMMEDIATE)
        connection.unwrap(SQLiteConnection.class).setCurrentTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        initialize(connection);
    }

    @Override
    public Map<String, String> givenDataSourceProperties() {
        // a transaction begun before Covet meets the connection: foreign keys cannot be switched on inside it,
        // and its BEGIN has already happened without IMMEDIATE
        return Map.of("foreign_keys", "true", "transaction_mode", "IMMEDIATE");
    }

    @Override
    public boolean driverRunsNativeCode() {
        return true;
    }

    @Override
    public String readOnlySession() {
        return "PRAGMA query_only = ON";
    }
}
