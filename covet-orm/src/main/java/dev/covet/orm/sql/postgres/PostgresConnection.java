package dev.covet.orm.sql.postgres;

import dev.covet.orm.sql.ConnectionSettings;
import dev.covet.orm.sql.JdbcTarget;
import dev.covet.orm.sql.ParsedUrl;
import dev.covet.orm.sql.Vendor;

import org.postgresql.PGConnection;
import org.postgresql.jdbc.AutoSave;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How Covet connects to PostgreSQL through pgjdbc: {@code autosave=always}, so that a failed
 * statement inside a transaction rolls back to just before itself and leaves the transaction usable,
 * and statement timeouts as the session's {@code statement_timeout}. Immutable and thread-safe.
 */
public final class PostgresConnection extends ConnectionSettings {
    /** {@code postgresql:} (or {@code postgres:}) URLs, port 5432, pgjdbc. */
    public static final Vendor VENDOR = new Vendor(List.of("postgresql", "postgres"), 5432, "org.postgresql.Driver",
            "org.postgresql:postgresql", List.of("postgresql"));

    PostgresConnection() {
        super(VENDOR);
    }

    @Override
    public JdbcTarget jdbc(ParsedUrl url) {
        Map<String, String> props = new LinkedHashMap<>();
        if (url.user() != null) {
            props.put("user", url.user());
        }
        if (url.password() != null) {
            props.put("password", url.password());
        }
        props.put("ApplicationName", "covet");
        props.put("autosave", "always");
        props.put("cleanupSavepoints", "true");
        props.put("reWriteBatchedInserts", "true");
        props.putAll(url.driverOptions());
        return new JdbcTarget("jdbc:postgresql://" + url.host() + ":" + url.port() + "/" + url.database(), props,
                VENDOR.driverClass());
    }

    @Override
    public Map<String, String> timeoutProperties(Duration connect, Duration socket) {
        // pgjdbc counts in whole seconds, and its connectTimeout covers only the TCP connect: a server that
        // accepts and stays silent is bounded by loginTimeout
        String connectSeconds = Long.toString(Math.max(1, (connect.toMillis() + 999) / 1000));
        return Map.of("connectTimeout", connectSeconds, "loginTimeout", connectSeconds,
                "socketTimeout", Long.toString(Math.max(1, (socket.toMillis() + 999) / 1000)));
    }

    @Override
    public void prepareGiven(Connection connection) throws SQLException {
        // Covet's own connections get autosave=always as a driver property (see jdbc()); a given one is
        // switched on the open session, where pgjdbc allows it
        if (connection.isWrapperFor(PGConnection.class)) {
            connection.unwrap(PGConnection.class).setAutosave(AutoSave.ALWAYS);
        }
        initialize(connection);
    }

    @Override
    public String sessionStatementTimeout(long millis) {
        return "SET statement_timeout = " + millis;
    }

    @Override
    public String limitStatement(Connection connection, String sql, long millis) throws SQLException {
        // A plain SET, not SET LOCAL: it must also hold outside a transaction. Inside one, a rollback
        // undoes it along with the rest, back to the session's own limit, which endLimit restores anyway.
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = " + millis);
        }
        return sql;
    }

    @Override
    public void endLimit(Connection connection, long sessionMillis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = " + sessionMillis);
        }
    }
}
