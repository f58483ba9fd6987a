package dev.covet.orm.sql.mysql;

import dev.covet.orm.sql.ConnectionSettings;
import dev.covet.orm.sql.JdbcTarget;
import dev.covet.orm.sql.ParsedUrl;
import dev.covet.orm.sql.Vendor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How Covet connects to MySQL and MariaDB through MariaDB Connector/J, and how it limits a statement's
 * time on each (MariaDB: {@code max_statement_time} in seconds, carried by the statement; MySQL:
 * the session's {@code max_execution_time} in milliseconds). Immutable and thread-safe.
 */
public final class MySqlConnection extends ConnectionSettings {
    /** {@code mysql:} (or {@code mariadb:}) URLs, port 3306, MariaDB Connector/J. */
    public static final Vendor VENDOR = new Vendor(List.of("mysql", "mariadb"), 3306, "org.mariadb.jdbc.Driver",
            "org.mariadb.jdbc:mariadb-java-client", List.of("mariadb", "mysql"));

    private final boolean mariadb;

    /**
     * The settings for a MariaDB server, or for a MySQL one.
     *
     * @param mariadb whether the server is MariaDB
     */
    MySqlConnection(boolean mariadb) {
        super(VENDOR);
        this.mariadb = mariadb;
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
        // LOAD DATA LOCAL would let a server read client files, and it disables pipelining
        props.put("allowLocalInfile", "false");
        props.putAll(url.driverOptions());
        return new JdbcTarget("jdbc:mariadb://" + url.host() + ":" + url.port() + "/" + url.database(), props,
                VENDOR.driverClass());
    }

    @Override
    public Map<String, String> timeoutProperties(Duration connect, Duration socket) {
        // Connector/J counts in milliseconds; its connectTimeout bounds the handshake as well as the TCP connect
        return Map.of("connectTimeout", Long.toString(connect.toMillis()), "socketTimeout", Long.toString(socket.toMillis()));
    }

    @Override
    public String sessionStatementTimeout(long millis) {
        // MySQL limits SELECTs only, in milliseconds; MariaDB every statement, in seconds
        return mariadb ? "SET SESSION max_statement_time = " + seconds(millis) : "SET SESSION max_execution_time = " + millis;
    }

    @Override
    public String limitStatement(Connection connection, String sql, long millis) throws SQLException {
        if (mariadb) {
            // MariaDB: the limit travels with the statement, so nothing is left to undo on the session
            return "SET STATEMENT max_statement_time = " + seconds(millis) + " FOR " + sql;
        }
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET SESSION max_execution_time = " + millis);
        }
        return sql;
    }

    @Override
    public void endLimit(Connection connection, long sessionMillis) throws SQLException {
        if (!mariadb) {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("SET SESSION max_execution_time = " + sessionMillis);
            }
        }
    }

    private static String seconds(long millis) {
        return java.math.BigDecimal.valueOf(millis, 3).toPlainString();
    }

    @Override
    public String readOnlySession() {
        return "SET SESSION TRANSACTION READ ONLY";
    }
}
