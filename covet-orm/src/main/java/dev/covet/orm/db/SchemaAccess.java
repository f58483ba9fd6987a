package dev.covet.orm.db;

import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What migrations and schema changes ask of one database beyond statements: its tables as its
 * metadata describes them, the lock that keeps two processes from changing the schema at once, and
 * the foreign-key check that ends a schema change. Behind {@link Database}'s schema methods. Thread-safe.
 */
final class SchemaAccess {
    // under the name users already configure for a database's messages
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String alias;
    private final Dialect dialect;
    private final Transactions transactions;
    private final Connections connections;
    private final Execution execution;

    SchemaAccess(String alias, Dialect dialect, Transactions transactions, Connections connections, Execution execution) {
        this.alias = alias;
        this.dialect = dialect;
        this.transactions = transactions;
        this.connections = connections;
        this.execution = execution;
    }

    /** See {@link Database#introspect}. */
    Map<String, LiveTable> introspect() {
        Connection c = execution.acquireForThread();
        try {
            return new Introspector(c, dialect).tables();
        } catch (SQLException e) {
            throw dialect.errors().translate(e, "-- read the schema");
        } finally {
            if (transactions.current() == null) {
                connections.release(c);
            }
        }
    }

    /** See {@link Database#tableNames}. */
    Set<String> tableNames() {
        Connection c = execution.acquireForThread();
        try {
            var md = c.getMetaData();
            Set<String> names = new HashSet<>();
            String catalog = c.getCatalog();
            String schema = dialect.tableSchema(c);
            try (ResultSet rs = md.getTables(catalog, schema, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        } catch (SQLException e) {
            throw dialect.errors().translate(e, "-- list tables");
        } finally {
            if (transactions.current() == null) {
                connections.release(c);
            }
        }
    }

    /** See {@link Database#lock}. */
    SchemaLock lock(String name, Duration timeout) {
        Sql take = dialect.advisoryLock(name, timeout);
        if (take == null) {
            return () -> { };
        }
        Connection c = connections.acquire();
        try {
            try (PreparedStatement ps = c.prepareStatement(take.text())) {
                execution.bind(ps, take.params());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getObject(1) == null || (rs.getObject(1) instanceof Number n && n.intValue() == 0)) {
                        throw new dev.covet.orm.exception.LockNotAvailable("The lock '" + name + "' on database '" + alias
                                + "' was not free within " + timeout.toSeconds() + " s", null);
                    }
                }
            }
        } catch (SQLException e) {
            connections.release(c);
            throw dialect.errors().translate(e, take.text());
        } catch (RuntimeException e) {
            connections.release(c);
            throw e;
        }
        Sql free = dialect.advisoryUnlock(name);
        return () -> {
            try (PreparedStatement ps = c.prepareStatement(free.text())) {
                execution.bind(ps, free.params());
                ps.execute();
            } catch (SQLException e) {
                LOG.warn("Releasing the lock '{}' on '{}' failed: {}", name, alias, e.toString());
            } finally {
                connections.release(c);
            }
        };
    }

    /**
     * Fails with a {@link dev.covet.orm.exception.ForeignKeyViolation} naming up to five rows that point at
     * rows that do not exist, as {@code dialect} finds them on {@code c} (the connection of a schema change).
     */
    static void checkForeignKeys(Connection c, Dialect dialect) {
        String check = dialect.foreignKeyCheck();
        if (check == null) {
            return;
        }
        List<String> broken = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(check)) {
            while (rs.next() && broken.size() < 5) {
                broken.add(rs.getString(1) + " row " + rs.getString(2) + " -> " + rs.getString(3));
            }
        } catch (SQLException e) {
            throw dialect.errors().translate(e, check);
        }
        if (!broken.isEmpty()) {
            throw new dev.covet.orm.exception.ForeignKeyViolation("Rows point at rows that do not exist after the schema change: "
                    + String.join(", ", broken), null);
        }
    }
}
