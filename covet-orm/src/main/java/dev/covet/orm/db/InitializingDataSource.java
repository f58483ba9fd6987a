package dev.covet.orm.db;

import dev.covet.orm.sql.Dialect;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Opens physical connections through the driver and lets the dialect prepare each one
 * (SQLite's functions, for example) before the pool hands it out.
 */
final class InitializingDataSource implements DataSource {
    private final Driver driver;
    private final String url;
    private final Properties properties = new Properties();
    private volatile Dialect dialect;

    InitializingDataSource(Driver driver, String url, Map<String, String> properties, Dialect dialect) {
        this.driver = driver;
        this.url = url;
        this.properties.putAll(properties);
        this.dialect = dialect;
    }

    void setDialect(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = driver.connect(url, properties);
        if (c == null) {
            throw new SQLException("The driver " + driver.getClass().getName() + " does not accept " + url, "08001");
        }
        try {
            dialect.initialize(c);
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

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
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
