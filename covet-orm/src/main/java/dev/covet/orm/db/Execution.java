package dev.covet.orm.db;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ValueCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How one database runs a statement: on the thread's transaction or a connection of its own, on a
 * kept statement where it can be, under the statement limit in force, timed, logged and told to the
 * owner's listeners, its failure translated into a Covet exception. Behind {@link Database}'s
 * statement methods. Thread-safe.
 */
final class Execution {
    // under the name users already configure for a database's messages
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Database database;
    private final String alias;
    private final DatabaseSettings settings;
    private final Dialect dialect;
    private final Transactions transactions;
    private final Connections connections;
    private final long slowNanos;
    private final StatementCache statements;
    /** The session's own statement limit in ms (0: none), and whether the database keeps it per session. */
    private final long sessionLimitMillis;
    private final boolean sessionLimits;
    /** A limit set for the statements of the calling thread by {@link #withStatementTimeout}, in ms. */
    private final ThreadLocal<Long> scopedLimit = new ThreadLocal<>();

    /** Reads the alias, settings and dialect of {@code database}, which are set by now. */
    Execution(Database database, Transactions transactions, Connections connections) {
        this.database = database;
        this.alias = database.alias();
        this.settings = database.settings();
        this.dialect = database.dialect();
        this.transactions = transactions;
        this.connections = connections;
        this.slowNanos = settings.slowQueryThreshold().toNanos();
        this.statements = dialect.features().driverCachesStatements() ? null : new StatementCache();
        this.sessionLimitMillis = settings.statementTimeout().toMillis();
        this.sessionLimits = dialect.connection().sessionStatementTimeout(1) != null;
    }

    // ---------------------------------------------------------------- statement timeouts

    /** See {@link Database#withStatementTimeout}. */
    <T> T withStatementTimeout(Duration timeout, Supplier<T> work) {
        long millis = DatabaseSettings.Builder.timeout(timeout, "timeout").toMillis();
        Long before = scopedLimit.get();
        scopedLimit.set(millis);
        try {
            return work.get();
        } finally {
            if (before == null) {
                scopedLimit.remove();
            } else {
                scopedLimit.set(before);
            }
        }
    }

    /**
     * The limit the next statement needs set on its own (ms, 0 for none), or -1 when the session's
     * own limit already applies.
     */
    private long statementLimit() {
        Long scoped = scopedLimit.get();
        if (scoped == null) {
            return sessionLimits || sessionLimitMillis == 0 ? -1 : sessionLimitMillis;
        }
        return sessionLimits && scoped == sessionLimitMillis ? -1 : scoped;
    }

    private void endLimit(Connection c, SQLException failure) {
        try {
            dialect.connection().endLimit(c, sessionLimitMillis);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
            // the session's limit is unknown now: that connection must not serve anyone else
            LOG.debug("Restoring the statement timeout on '{}' failed; the connection is discarded", alias, e);
            connections.evict(c);
        }
    }

    // ---------------------------------------------------------------- statements

    /** See {@link Database#query}. */
    <T> List<T> query(Sql sql, RowMapper<T> mapper) {
        return run(sql, (ps, text) -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    /** See {@link Database#update}. */
    int update(Sql sql) {
        return run(sql, (ps, text) -> ps.executeUpdate());
    }

    /** See {@link Database#insert}. */
    List<Object> insert(Sql sql, ValueCodec keyCodec, boolean returning) {
        if (returning) {
            return query(sql, rs -> keyCodec.read(rs, 1));
        }
        return run(sql, Statement.RETURN_GENERATED_KEYS, (ps, text) -> {
            ps.executeUpdate();
            List<Object> keys = new ArrayList<>();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                while (rs.next()) {
                    keys.add(keyCodec.read(rs, 1));
                }
            }
            return keys;
        });
    }

    /** See {@link Database#executeStatement}. */
    void executeStatement(Sql sql) {
        TransactionFrame frame = transactions.current();
        Connection c = frame != null ? frame.connection : connections.acquire();
        long start = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            ps.execute();
            fire(sql, start, null);
        } catch (SQLException e) {
            fire(sql, start, e);
            throw dialect.errors().translate(e, sql.text());
        } finally {
            if (frame == null) {
                connections.release(c);
            }
        }
    }

    /** See {@link Database#cursor}. */
    <T> Cursor<T> cursor(Sql sql, int fetchSize, RowMapper<T> mapper) {
        TransactionFrame frame = usableFrame();
        Connection c = frame != null ? frame.connection : connections.acquire();
        boolean ownTransaction = false;
        long start = System.nanoTime();
        long limit = statementLimit();
        PreparedStatement ps = null;
        try {
            if (frame == null && dialect.features().supportsServerCursors() && dialect.cursorsNeedTransaction()) {
                c.setAutoCommit(false);
                ownTransaction = true;
            }
            String text = limit < 0 ? sql.text() : dialect.connection().limitStatement(c, sql.text(), limit);
            ResultSet rs;
            try {
                ps = c.prepareStatement(text, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                ps.setFetchSize(fetchSize);
                bind(ps, sql.params());
                rs = ps.executeQuery();
            } finally {
                // the limit covers opening the cursor; reading further chunks is the caller's pace
                if (limit >= 0) {
                    endLimit(c, null);
                }
            }
            fire(sql, start, null);
            return new Cursor<>(database, frame == null ? c : null, ownTransaction, ps, rs, mapper, sql.text());
        } catch (SQLException e) {
            fire(sql, start, e);
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            RuntimeException translated = translate(e, sql.text(), frame);
            if (frame == null) {
                try {
                    if (ownTransaction) {
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                } catch (SQLException suppressed) {
                    translated.addSuppressed(suppressed);
                }
                connections.release(c);
                if (translated instanceof ConnectionLost) {
                    connections.evict(c);
                }
            }
            throw translated;
        }
    }

    /** A statement's work once it is prepared and bound. */
    @FunctionalInterface
    interface Work<T> {
        T run(PreparedStatement ps, String sql) throws SQLException;
    }

    private <T> T run(Sql sql, Work<T> work) {
        return run(sql, Statement.NO_GENERATED_KEYS, work);
    }

    private <T> T run(Sql sql, int keys, Work<T> work) {
        // the connection, the statement limit, events and errors as for any work on the connection;
        // here only the statement: a kept one where it can be, lent and given back
        return withConnection(sql, (c, text) -> {
            PreparedStatement ps = null;
            boolean cached = false;
            boolean failed = true;
            try {
                if (statements != null && keys == Statement.NO_GENERATED_KEYS) {
                    ps = statements.take(c, text);
                    cached = ps != null;
                }
                if (ps == null) {
                    ps = keys == Statement.RETURN_GENERATED_KEYS ? c.prepareStatement(text, keys) : c.prepareStatement(text);
                }
                bind(ps, sql.params());
                T result = work.run(ps, sql.text());
                failed = false;
                return result;
            } finally {
                if (cached) {
                    statements.giveBack(c, text, failed);
                } else {
                    close(ps);
                }
            }
        });
    }

    /** See {@link Database#withConnection}. */
    <T> T withConnection(Sql sql, Database.ConnectionWork<T> work) {
        TransactionFrame frame = usableFrame();
        Connection c = frame != null ? frame.connection : connections.acquire();
        long start = System.nanoTime();
        long limit = statementLimit();
        boolean lost = false;
        SQLException error = null;
        try {
            String text = limit >= 0 ? dialect.connection().limitStatement(c, sql.text(), limit) : sql.text();
            T result = work.run(c, text);
            fire(sql, start, null);
            return result;
        } catch (SQLException e) {
            error = e;
            fire(sql, start, e);
            RuntimeException translated = translate(e, sql.text(), frame);
            lost = translated instanceof ConnectionLost;
            throw translated;
        } finally {
            if (limit >= 0 && !lost) {
                endLimit(c, error);
            }
            if (frame == null) {
                connections.release(c);
                if (lost) {
                    connections.evict(c);
                }
            }
        }
    }

    /**
     * The Covet exception for {@code e}. A lost connection inside a transaction says that the server
     * rolled the transaction back, and marks it so that nothing more is tried on that connection.
     */
    private RuntimeException translate(SQLException e, String sql, TransactionFrame frame) {
        if (dialect.errors().isReadOnlyViolation(e)) {
            return new dev.covet.orm.exception.ReadOnlyError("Database '" + alias + "' only reads (" + (settings.readOnly() ? "configured readOnly"
                    : "the server refuses writes: a replica or standby") + "), and a write was sent to it: " + e.getMessage()
                    + ". Send writes to the primary (a router's dbForWrite, or using(...) with the primary's alias)", e);
        }
        RuntimeException translated = dialect.errors().translate(e, sql);
        if (translated instanceof ConnectionLost && frame != null) {
            frame.lost = true;
            return new ConnectionLost(translated.getMessage() + " (the connection was lost inside a transaction:"
                    + " the server rolled the whole transaction back, and Covet does not retry it)", e, true);
        }
        return translated;
    }

    private void close(PreparedStatement ps) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("Closing a statement on '{}' failed", alias, e);
            }
        }
    }

    /** Binds {@code params} to {@code ps} in order, each through its dialect's codec. */
    void bind(PreparedStatement ps, List<Value> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Value v = params.get(i);
            ValueCodec codec = dialect.codec(v.storage());
            if (v.value() == null) {
                ps.setNull(i + 1, codec.sqlType());
            } else {
                codec.bind(ps, i + 1, v.value());
            }
        }
    }

    /** Tells the slow-statement log, the SQL log and the owner's listeners that {@code sql} ran. */
    private void fire(Sql sql, long start, SQLException error) {
        long elapsed = System.nanoTime() - start;
        if (elapsed > slowNanos) {
            LOG.warn("Slow statement ({} ms) on '{}': {}", elapsed / 1_000_000, alias, SqlLog.shorten(sql.text()));
        }
        if (SqlLog.LOG.isDebugEnabled()) {
            SqlLog.statement(alias, elapsed, sql, error);
        }
        QueryListeners listeners = database.owner().queryListeners();
        if (listeners.any()) {
            listeners.fire(new QueryEvent(alias, sql.text(), sql.paramValues(), elapsed, error));
        }
    }

    /** See {@link Database#warmUp}. */
    void warmUp() {
        if (connections.onGivenDataSource()) {
            // an application's DataSource is met on its own terms: in its transactions, when it asks
            return;
        }
        try {
            query(Sql.of(dialect.ping()), rs -> rs.getObject(1));
        } catch (RuntimeException e) {
            LOG.debug("Warming up the statement path of '{}' stopped early", alias, e);
        }
    }

    /**
     * The thread's open transaction, if any; one marked for rollback takes no more statements until the
     * block that rolls it back ends (Django's validate_no_broken_transaction).
     */
    private TransactionFrame usableFrame() {
        TransactionFrame frame = transactions.current();
        if (frame != null && frame.needsRollback) {
            throw new dev.covet.orm.exception.TransactionManagementError("An error occurred in the current transaction. You can't execute "
                    + "queries until the end of the 'atomic' block.");
        }
        return frame;
    }

    /** The connection of the thread's usable transaction, or one from the pool the caller releases. */
    Connection acquireForThread() {
        TransactionFrame frame = usableFrame();
        return frame != null ? frame.connection : connections.acquire();
    }
}
