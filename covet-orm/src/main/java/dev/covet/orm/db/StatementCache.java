package dev.covet.orm.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept open per physical connection, the most recently used first. Preparing
 * costs on every driver: on SQLite as much as running a primary-key read, on pgjdbc and MariaDB
 * Connector/J a parse of the SQL and a statement object per call, which the JDBC floor does not pay. A connection is used by one thread at a time, so each
 * connection's statements need no lock; only the map of connections is shared. A statement is
 * lent to one caller at a time: a query run while the same statement is still reading (from a
 * signal receiver during hydration, say) gets a statement of its own.
 */
final class StatementCache {
    private static final int PER_CONNECTION = 100;

    private final Map<Connection, Statements> byConnection = new ConcurrentHashMap<>();

    static {
        // Initialised here, when a database opens, rather than by the first statements: a virtual thread
        // that initialises a class pins its carrier, and every other one reaching it waits pinned (see internal.Warmup)
        try {
            java.lang.invoke.MethodHandles.lookup().ensureInitialized(Statements.class);
            java.lang.invoke.MethodHandles.lookup().ensureInitialized(Kept.class);
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The kept statement for {@code sql} on {@code pooled}'s physical connection, prepared on first
     * use and lent until {@link #giveBack}; null when it is lent already.
     */
    PreparedStatement take(Connection pooled, String sql) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        Statements statements = byConnection.get(physical);
        if (statements == null) {
            forgetClosedConnections();
            statements = new Statements();
            byConnection.put(physical, statements);
        }
        Kept kept = statements.get(sql);
        if (kept != null && kept.lent) {
            return null;
        }
        if (kept == null || kept.statement.isClosed()) {
            // prepared on the physical connection so that the pool does not close it when the connection returns
            kept = new Kept(physical.prepareStatement(sql));
            statements.put(sql, kept);
        }
        kept.lent = true;
        return kept.statement;
    }

    /**
     * Ends the loan of {@code sql}'s statement; {@code failed} drops it (after an error its state is unknown).
     * The pool never sees these statements (they are prepared on the physical connection), so what its
     * reset-on-return does for the statements it tracks is done here: callers close their result sets,
     * and no bound value stays referenced while the connection sits in the pool or serves another caller.
     */
    void giveBack(Connection pooled, String sql, boolean failed) {
        try {
            Statements statements = byConnection.get(pooled.unwrap(Connection.class));
            Kept kept = statements == null ? null : statements.get(sql);
            if (kept == null) {
                return;
            }
            kept.lent = false;
            if (failed) {
                statements.remove(sql);
                kept.statement.close();
                return;
            }
            kept.statement.clearParameters();
        } catch (SQLException ignored) {
            // the connection is gone; its statements went with it
        }
    }

    private void forgetClosedConnections() {
        byConnection.keySet().removeIf(c -> {
            try {
                return c.isClosed();
            } catch (SQLException e) {
                return true;
            }
        });
    }

    private static final class Kept {
        final PreparedStatement statement;
        boolean lent;

        Kept(PreparedStatement statement) {
            this.statement = statement;
        }
    }

    private static final class Statements extends LinkedHashMap<String, Kept> {
        Statements() {
            super(32, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            if (size() <= PER_CONNECTION || eldest.getValue().lent) {
                return false;
            }
            try {
                eldest.getValue().statement.close();
            } catch (SQLException ignored) {
                // closing a statement the driver no longer knows is harmless
            }
            return true;
        }
    }
}
