package dev.covet.orm.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.PoolTimeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the connections of one database come from and go back to: the HikariCP pool Covet built,
 * waited for in line, or the {@link GivenDataSource} the application gave. Also the in-memory SQLite
 * keeper connection, and the figures {@link Database#statistics()} reports. Thread-safe.
 */
final class Connections {
    // under the name users already configure for a database's messages
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String alias;
    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final GivenDataSource given;
    private final Connection keeper;
    /**
     * One permit per pooled connection, handed out first come, first served. HikariCP lets a caller
     * that arrives while others wait take a connection just given back, so under load some waiters
     * starve past connectionTimeout while the pool is busy and healthy; queueing here first makes
     * every wait as long as the queue ahead of it, not as long as its luck.
     */
    private final Semaphore turns;
    private final AtomicLong timeouts = new AtomicLong();

    /**
     * @param pool   the pool Covet built, or null on a given DataSource
     * @param given  the application's DataSource, or null on a pool of Covet's
     * @param keeper the connection that keeps an in-memory SQLite database alive, or null
     */
    Connections(String alias, DatabaseSettings settings, HikariDataSource pool, GivenDataSource given, Connection keeper) {
        this.alias = alias;
        this.settings = settings;
        this.pool = pool;
        this.given = given;
        this.keeper = keeper;
        // a given DataSource queues its own callers
        this.turns = pool == null ? null : new Semaphore(pool.getMaximumPoolSize(), true);
    }

    /** Whether the connections come from the application's DataSource rather than a pool of Covet's. */
    boolean onGivenDataSource() {
        return given != null;
    }

    /**
     * A connection from the pool, waiting in line for at most connectionTimeout: a {@link PoolTimeout}
     * when every connection stayed busy that long, a {@link ConnectionLost} when the server could not
     * be reached. Hand it back with {@link #release} (or {@link #giveBack}).
     */
    Connection acquire() {
        if (given != null) {
            return given.acquire();
        }
        long timeout = settings.connectionTimeout().toMillis();
        try {
            if (!turns.tryAcquire(timeout, TimeUnit.MILLISECONDS)) {
                throw poolTimeout(timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PoolTimeout("Interrupted while waiting for a connection to database '" + alias + "'");
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            turns.release();
            if (pool.isClosed()) {
                throw new ConnectionLost("Database '" + alias + "' is closed (Covet.shutdown() was called)", e);
            }
            // HikariCP gives the last failure to open a connection as the cause; without one, the pool was only busy
            if (e.getCause() instanceof SQLException server) {
                throw new ConnectionLost("No connection to database '" + alias + "' at " + settings.url()
                        + " could be opened: " + server.getMessage(), server);
            }
            throw poolTimeout(timeout);
        }
    }

    private PoolTimeout poolTimeout(long timeout) {
        timeouts.incrementAndGet();
        return new PoolTimeout("No connection to database '" + alias + "' became free within " + timeout
                + " ms (connectionTimeout; " + stats() + ", " + turns.getQueueLength()
                + " waiting): the pool is too small for the load, or connections are held too long");
    }

    /** Closes {@code c} back into the pool and lets the next caller in line have a connection. */
    void giveBack(Connection c) throws SQLException {
        if (given != null) {
            c.close();
            return;
        }
        try {
            c.close();
        } finally {
            turns.release();
        }
    }

    void release(Connection c) {
        if (given != null) {
            given.release(c, null);
            return;
        }
        try {
            giveBack(c);
        } catch (SQLException e) {
            LOG.warn("Closing a connection of '{}' failed: {}", alias, e.toString());
        }
    }

    /**
     * Drops a connection whose state cannot be trusted (its server went away) from the pool: Covet's own,
     * or the application's when it is a HikariCP pool. Another DataSource's pool checks its connections itself.
     */
    void evict(Connection c) {
        HikariDataSource owner = given == null ? pool : given.hikari();
        if (owner != null) {
            owner.evictConnection(c);
        }
    }

    /** The connection of the outer transaction Covet joins on this thread, or null. */
    Connection outerConnection() {
        return given == null ? null : given.outerConnection();
    }

    boolean joinsOuterTransactions() {
        return given != null && given.joinsOuterTransactions();
    }

    void afterOuterCommit(Runnable hook) {
        given.afterOuterCommit(hook);
    }

    /** See {@link Database#maxConnections()}. */
    int maxConnections() {
        return given != null ? given.maxConnections() : pool.getMaximumPoolSize();
    }

    /** See {@link Database#poolStats()}. */
    String stats() {
        if (given != null) {
            return given.stats();
        }
        var mx = pool.getHikariPoolMXBean();
        return mx == null ? "closed" : mx.getActiveConnections() + " active / " + mx.getTotalConnections() + " open";
    }

    /** See {@link Database#statistics()}. */
    PoolStats statistics() {
        HikariDataSource hikari = given == null ? pool : given.hikari();
        var mx = hikari == null ? null : hikari.getHikariPoolMXBean();
        if (mx == null) {
            return new PoolStats(-1, -1, -1, -1, timeouts.get(), maxConnections());
        }
        int waiting = mx.getThreadsAwaitingConnection() + (turns == null ? 0 : turns.getQueueLength());
        return new PoolStats(mx.getTotalConnections(), mx.getActiveConnections(), mx.getIdleConnections(), waiting,
                timeouts.get(), hikari.getMaximumPoolSize());
    }

    /** Closes the pool Covet built (a given DataSource stays open: its owner closes it), then the in-memory keeper connection. */
    void close() {
        if (pool != null) {
            pool.close();
        }
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                LOG.debug("Closing the in-memory keeper connection failed", e);
            }
        }
    }
}
