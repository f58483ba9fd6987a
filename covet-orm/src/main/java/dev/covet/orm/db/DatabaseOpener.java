package dev.covet.orm.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Dialects;
import dev.covet.orm.sql.JdbcTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens a {@link Database} from its settings: finds the driver and the dialect, builds the HikariCP
 * pool (or takes the application's DataSource), checks the server answers, and makes the executor of
 * its async calls when the settings give none. Behind {@link Database#open}.
 */
final class DatabaseOpener {
    // under the name users already configure for a database's messages
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private DatabaseOpener() {
    }

    /** See {@link Database#open}. */
    static Database open(String alias, DatabaseSettings settings) {
        if (settings.dataSource() != null) {
            return onDataSource(alias, settings);
        }
        DatabaseUrl url = settings.url();
        Dialect dialect = Dialects.forUrl(url);
        JdbcTarget target = dialect.connection().jdbc(url);
        Driver driver = driver(target, dialect.connection().vendor().driverArtifact(), url);
        Map<String, String> props = new LinkedHashMap<>(target.properties());
        props.putAll(dialect.connection().timeoutProperties(settings.connectTimeout(), settings.socketTimeout()));
        props.putAll(settings.properties());
        InitializingDataSource source = new InitializingDataSource(driver, target.url(), props, dialect,
                settings.statementTimeout().toMillis());
        source.readOnly(settings.readOnly());

        Connection keeper = null;
        HikariConfig config = new HikariConfig();
        config.setPoolName("covet-" + alias);
        config.setDataSource(source);
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(settings.minPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        if (url.isMemory()) {
            // one connection, and a second held open outside the pool so the shared in-memory database never vanishes
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            try {
                keeper = source.getConnection();
            } catch (SQLException e) {
                throw new ConnectionLost("Cannot open the in-memory SQLite database: " + e.getMessage(), e);
            }
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            SQLException cause = e.getCause() instanceof SQLException s ? s : null;
            ConnectionLost lost = new ConnectionLost("Cannot connect to database '" + alias + "' at " + url + " (connectTimeout "
                    + settings.connectTimeout().toMillis() + " ms): "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), cause);
            closeQuietly(keeper, lost);
            throw lost;
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
        }
        try (Connection c = pool.getConnection()) {
            // the first connection told the data source which server (and version) this is
            dialect = source.dialect();
        } catch (SQLException e) {
            ConnectionLost lost = new ConnectionLost("Cannot connect to database '" + alias + "' at " + url + ": " + e.getMessage(), e);
            pool.close();
            closeQuietly(keeper, lost);
            throw lost;
        }
        ExecutorService executor = settings.executor();
        boolean owns = executor == null;
        if (owns) {
            // SQLite's driver runs native code, which would pin a virtual thread's carrier: give it platform threads
            executor = url.isSqlite()
                    ? Executors.newFixedThreadPool(Math.max(2, config.getMaximumPoolSize()), daemonThreads("covet-" + alias + "-async"))
                    : Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("covet-" + alias + "-", 0).factory());
        }
        LOG.debug("Opened database '{}' ({}) with {} as {}", alias, url, dialect.name(), config.getPoolName());
        return new Database(alias, settings, dialect, new Connections(alias, settings, pool, null, keeper),
                new AsyncCalls(alias, executor, owns));
    }

    private static void closeQuietly(Connection c, Throwable failure) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** A database on the DataSource the settings give: its dialect read from a first connection, no pool of Covet's. */
    private static Database onDataSource(String alias, DatabaseSettings settings) {
        DataSource source = settings.dataSource();
        Dialect dialect;
        try (Connection c = source.getConnection()) {
            var md = c.getMetaData();
            dialect = Dialects.forProduct(md.getDatabaseProductName(), settings.dialect())
                    .forServer(md.getDatabaseProductName(), md.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new ConnectionLost("Cannot connect to database '" + alias + "' through its DataSource: " + e.getMessage(), e);
        }
        GivenDataSource given = new GivenDataSource(alias, source, settings.outerTransactions(), dialect);
        ExecutorService executor = settings.executor();
        boolean owns = executor == null;
        if (owns) {
            executor = dialect.connection().driverRunsNativeCode()
                    ? Executors.newFixedThreadPool(Math.max(2, Math.min(given.maxConnections(), 16)), daemonThreads("covet-" + alias + "-async"))
                    : Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("covet-" + alias + "-", 0).factory());
        }
        LOG.debug("Opened database '{}' with {} on a given DataSource ({})", alias, dialect.name(), source.getClass().getName());
        return new Database(alias, settings, dialect, new Connections(alias, settings, null, given, null),
                new AsyncCalls(alias, executor, owns));
    }

    private static Driver driver(JdbcTarget target, String artifact, DatabaseUrl url) {
        try {
            Class.forName(target.driverClass());
            return DriverManager.getDriver(target.url());
        } catch (ClassNotFoundException | SQLException e) {
            throw new ImproperlyConfigured("The JDBC driver for " + url.scheme() + " URLs (" + target.driverClass()
                    + ") is not on the classpath; add the dependency " + artifact);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
