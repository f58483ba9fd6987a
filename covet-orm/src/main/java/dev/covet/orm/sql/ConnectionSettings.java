package dev.covet.orm.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * How Covet reaches one kind of database and sets up its sessions: which database it is
 * ({@link #vendor()}: URL schemes, default port, driver), the JDBC URL and driver properties, what
 * each new connection needs, and how a statement's time is limited. A dialect hands out its own
 * ({@link Dialect#connection()}). Implementations are immutable and thread-safe.
 */
public abstract class ConnectionSettings {
    private final Vendor vendor;

    /**
     * Settings for the database {@code vendor} describes.
     *
     * @param vendor the database's schemes, default port and driver
     */
    protected ConnectionSettings(Vendor vendor) {
        this.vendor = vendor;
    }

    /**
     * Which database these settings reach: its URL schemes, default port and JDBC driver.
     *
     * @return the database's description
     */
    public final Vendor vendor() {
        return vendor;
    }

    /**
     * The JDBC URL and driver properties for {@code url}.
     *
     * @param url the parsed database URL
     * @return the JDBC URL with the properties to open connections with
     */
    public abstract JdbcTarget jdbc(ParsedUrl url);

    /**
     * Driver properties that bound opening a connection ({@code connect}, login included) and waiting
     * for the server's answer ({@code socket}); none for an embedded database.
     *
     * @param connect how long opening a connection may take
     * @param socket how long to wait for any answer from the server
     * @return the driver properties by name, empty by default
     */
    public Map<String, String> timeoutProperties(Duration connect, Duration socket) {
        return Map.of();
    }

    /**
     * Prepares each new physical connection (functions, pragmas, session settings).
     *
     * @param connection a new connection, not yet used
     * @throws SQLException if a setup statement fails
     */
    public void initialize(Connection connection) throws SQLException {
    }

    /**
     * Prepares a connection that Covet did not open (from a {@code DataSource} the application gave it),
     * once per physical connection: what {@link #jdbc} asks of Covet's own connections as driver
     * properties is set here on the open session, then {@link #initialize} runs.
     *
     * @param connection the connection as the application's data source gave it
     * @throws SQLException if a setup statement fails
     */
    public void prepareGiven(Connection connection) throws SQLException {
        initialize(connection);
    }

    /**
     * Driver properties a given {@code DataSource} should open its connections with: the settings
     * {@link #prepareGiven} cannot make on a session that is already inside a transaction (an outer
     * transaction manager may begin one before Covet meets the connection). A pool configurer applies them.
     *
     * @return the properties by name, empty by default
     */
    public Map<String, String> givenDataSourceProperties() {
        return Map.of();
    }

    /**
     * Does the driver run native code, which would pin a virtual thread to its carrier (so that async
     * calls need platform threads)?
     *
     * @return true where the driver is native (SQLite), false by default
     */
    public boolean driverRunsNativeCode() {
        return false;
    }

    /**
     * The statement that makes a new session refuse writes (a replica's connections), or null where there is none.
     *
     * @return the statement, or null where the database has none
     */
    public String readOnlySession() {
        return "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
    }

    // ---------------------------------------------------------------- statement timeouts

    /**
     * The statement that limits every statement on a new connection to {@code millis}, or null where
     * the database has no such session setting (then every statement goes through {@link #limitStatement}).
     *
     * @param millis the limit in milliseconds
     * @return the statement, or null (default) where statements are limited one by one
     */
    public String sessionStatementTimeout(long millis) {
        return null;
    }

    /**
     * Limits the next statement on {@code connection} to {@code millis} and returns the text to run
     * (a database may carry the limit in the statement itself). {@link #endLimit} always follows.
     *
     * @param connection the connection the statement runs on
     * @param sql the statement
     * @param millis the limit in milliseconds
     * @return the statement to run, by default {@code sql} itself
     * @throws SQLException if setting the limit fails
     */
    public String limitStatement(Connection connection, String sql, long millis) throws SQLException {
        return sql;
    }

    /**
     * Ends what {@link #limitStatement} began; {@code sessionMillis} is the connection's own limit (0: none).
     *
     * @param connection the connection the statement ran on
     * @param sessionMillis the connection's own limit in milliseconds; 0 for none
     * @throws SQLException if restoring the limit fails
     */
    public void endLimit(Connection connection, long sessionMillis) throws SQLException {
    }
}
