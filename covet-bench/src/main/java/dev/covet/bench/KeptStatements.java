package dev.covet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Prepared statements kept per physical connection, as a careful hand-written program keeps them:
 * prepared once on the driver's own connection (so that the pool does not close them when the
 * connection returns) and reused by every later call on it. pgjdbc switches a kept statement to a
 * server-side prepared one after {@code prepareThreshold} executions; sqlite-jdbc keeps nothing by
 * itself, so this is where the floor stops paying SQLite's prepare. Used by one benchmark thread.
 */
final class KeptStatements {
    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new IdentityHashMap<>();

    /** The kept statement for {@code sql} on {@code pooled}'s physical connection; never close it. */
    PreparedStatement get(Connection pooled, String sql) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        Map<String, PreparedStatement> statements = byConnection.get(physical);
        if (statements == null) {
            statements = new HashMap<>();
            byConnection.put(physical, statements);
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = physical.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Closes every kept statement (before the pool closes its connections). */
    void close() throws SQLException {
        for (Map<String, PreparedStatement> statements : byConnection.values()) {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
        byConnection.clear();
    }
}
