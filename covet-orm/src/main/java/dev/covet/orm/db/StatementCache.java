package dev.covet.orm.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept open per physical connection, the most recently used first, for
 * drivers that keep none themselves (SQLite's: preparing a statement there costs as much as
 * running a primary-key read). A connection is used by one thread at a time, so each
 * connection's statements need no lock; only the map of connections is shared.
 */
final class StatementCache {
    private static final int PER_CONNECTION = 100;

    private final Map<Connection, Statements> byConnection = new ConcurrentHashMap<>();

    /** The open statement for {@code sql} on {@code pooled}'s physical connection, prepared on first use. */
    PreparedStatement prepare(Connection pooled, String sql) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        Statements statements = byConnection.get(physical);
        if (statements == null) {
            forgetClosedConnections();
            statements = new Statements();
            byConnection.put(physical, statements);
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            // prepared on the physical connection so that the pool does not close it when the connection returns
            ps = physical.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Drops {@code sql}'s statement on {@code pooled}'s connection (after an error, its state is unknown). */
    void evict(Connection pooled, String sql) {
        try {
            Statements statements = byConnection.get(pooled.unwrap(Connection.class));
            PreparedStatement ps = statements == null ? null : statements.remove(sql);
            if (ps != null) {
                ps.close();
            }
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

    private static final class Statements extends LinkedHashMap<String, PreparedStatement> {
        Statements() {
            super(32, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PER_CONNECTION) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException ignored) {
                // closing a statement the driver no longer knows is harmless
            }
            return true;
        }
    }
}
