package dev.covet.orm.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Rows streamed from an open result set. Holds a connection until {@link #close()}, which
 * iteration to the end does by itself. Not thread-safe.
 */
public final class Cursor<T> implements Iterator<T>, AutoCloseable {
    private final Database database;
    private final Connection connection;
    private final boolean ownTransaction;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowMapper<T> mapper;
    private final String sql;
    private Boolean ready;
    private boolean closed;

    Cursor(Database database, Connection connection, boolean ownTransaction, PreparedStatement statement, ResultSet rows,
           RowMapper<T> mapper, String sql) {
        this.database = database;
        this.connection = connection;
        this.ownTransaction = ownTransaction;
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
        this.sql = sql;
    }

    /** A cursor over no rows (a query known to match nothing). */
    public static <T> Cursor<T> empty(Database database) {
        Cursor<T> c = new Cursor<>(database, null, false, null, null, null, "");
        c.closed = true;
        return c;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (ready == null) {
            try {
                ready = rows.next();
            } catch (SQLException e) {
                RuntimeException translated = database.dialect().translate(e, sql);
                closeQuietly(translated);
                throw translated;
            }
            if (!ready) {
                close();
            }
        }
        return ready;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = null;
        try {
            return mapper.map(rows);
        } catch (SQLException e) {
            RuntimeException translated = database.dialect().translate(e, sql);
            closeQuietly(translated);
            throw translated;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        try {
            rows.close();
            statement.close();
            if (connection != null) {
                if (ownTransaction) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            failure = database.dialect().translate(e, sql);
        } finally {
            if (connection != null) {
                database.release(connection);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void closeQuietly(RuntimeException cause) {
        try {
            close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
