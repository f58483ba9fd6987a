package dev.covet.orm.db;

import dev.covet.orm.sql.Dialect;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Opens physical connections through the driver and lets the dialect prepare each one
 * (SQLite's functions, the session's statement timeout) before the pool hands it out. The first
 * connection tells which server this is, and the dialect is tuned to it before anything else runs.
 */
final class InitializingDataSource implements DataSource {
    private final Driver driver;
    private final String url;
    private final Properties properties = new Properties();
    private final long statementTimeoutMillis;
    private volatile Dialect dialect;
    private volatile boolean tuned;
    private volatile int loginTimeoutSeconds;

    InitializingDataSource(Driver driver, String url, Map<String, String> properties, Dialect dialect, long statementTimeoutMillis) {
        this.driver = driver;
        this.url = url;
        this.properties.putAll(properties);
        this.dialect = dialect;
        this.statementTimeoutMillis = statementTimeoutMillis;
    }

    private volatile boolean readOnly;

    /** Makes every new session refuse writes. */
    void readOnly(boolean on) {
        this.readOnly = on;
    }

    /** The dialect, tuned to the server once a connection has been opened. */
    Dialect dialect() {
        return dialect;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = driver.connect(url, properties);
        if (c == null) {
            throw new SQLException("The driver " + driver.getClass().getName() + " does not accept " + url, "08001");
        }
        try {
            Dialect d = tune(c);
            d.connection().initialize(c);
            if (readOnly && d.connection().readOnlySession() != null) {
                try (Statement s = c.createStatement()) {
                    s.execute(d.connection().readOnlySession());
                }
            }
            String limit = statementTimeoutMillis > 0 ? d.connection().sessionStatementTimeout(statementTimeoutMillis) : null;
            if (limit != null) {
                try (Statement s = c.createStatement()) {
                    s.execute(limit);
                }
            }
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return c;
    }

    private Dialect tune(Connection c) throws SQLException {
        if (!tuned) {
            synchronized (this) {
                if (!tuned) {
                    var md = c.getMetaData();
                    dialect = dialect.forServer(md.getDatabaseProductName(), md.getDatabaseProductVersion());
                    tuned = true;
                }
            }
        }
        return dialect;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    /**
     * HikariCP sets this from its connection timeout and, at shutdown, waits this long for the thread
     * that adds connections to stop: answering 0 made it give up at once and warn at every shutdown.
     */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
