package dev.covet.orm.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.sql.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The connections of a database built on a {@link DataSource} that the application gave Covet
 * (and may share with other code): taken from it and given back, never the DataSource closed.
 * Each physical connection is prepared by the dialect the first time Covet meets it, since Covet
 * did not open it ({@link dev.covet.orm.sql.ConnectionSettings#prepareGiven}). With {@link OuterTransactions}, the connection of
 * the outer transaction open on the thread comes first. Thread-safe.
 */
final class GivenDataSource {
    private static final Logger LOG = LoggerFactory.getLogger(GivenDataSource.class);

    private final String alias;
    private final DataSource dataSource;
    private final OuterTransactions outer;
    private final Dialect dialect;
    // weak: the pool decides when a physical connection goes, and with it its entry
    private final Set<Connection> prepared = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    GivenDataSource(String alias, DataSource dataSource, OuterTransactions outer, Dialect dialect) {
        this.alias = alias;
        this.dataSource = dataSource;
        this.outer = outer;
        this.dialect = dialect;
    }

    /** A connection of its own for one statement or one Covet transaction. */
    Connection acquire() {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new ConnectionLost("No connection to database '" + alias + "' could be had from its DataSource: "
                    + e.getMessage(), e);
        }
        try {
            prepare(c);
        } catch (RuntimeException e) {
            release(c, e);
            throw e;
        }
        return c;
    }

    /** The connection of the outer transaction open on this thread, or null. */
    Connection outerConnection() {
        if (outer == null) {
            return null;
        }
        Connection c = outer.current(dataSource);
        if (c != null) {
            prepare(c);
        }
        return c;
    }

    boolean joinsOuterTransactions() {
        return outer != null;
    }

    void afterOuterCommit(Runnable hook) {
        outer.afterCommit(hook);
    }

    /** Gives {@code c} back to the DataSource; a failure to do so is added to {@code failure}, or logged. */
    void release(Connection c, Throwable failure) {
        try {
            c.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.warn("Giving a connection back to the DataSource of '{}' failed: {}", alias, e.toString());
            }
        }
    }

    /** The most connections the DataSource opens, when it says (a HikariCP pool does); else none known. */
    int maxConnections() {
        return dataSource instanceof HikariConfig hikari ? hikari.getMaximumPoolSize() : Integer.MAX_VALUE;
    }

    HikariDataSource hikari() {
        return dataSource instanceof HikariDataSource h ? h : null;
    }

    String stats() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            var mx = hikari.getHikariPoolMXBean();
            return mx.getActiveConnections() + " active / " + mx.getTotalConnections() + " open (given DataSource)";
        }
        return "given DataSource";
    }

    private void prepare(Connection c) {
        try {
            Connection physical = c.isWrapperFor(Connection.class) ? c.unwrap(Connection.class) : c;
            if (prepared.contains(physical)) {
                return;
            }
            dialect.connection().prepareGiven(c);
            prepared.add(physical);
        } catch (SQLException e) {
            throw dialect.errors().translate(e, "-- prepare a connection of the given DataSource");
        }
    }
}
