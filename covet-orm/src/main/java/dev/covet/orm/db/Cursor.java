package dev.covet.orm.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Rows streamed from an open result set. Holds a connection until {@link #close()}, which
 * iteration to the end does by itself. Not thread-safe.
 *
 * @param <T> the type each row is read as
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
    private int chunkSize;
    private Consumer<List<T>> onChunk;
    private Iterator<T> chunk;

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

    /**
     * A cursor over no rows (a query known to match nothing).
     *
     * @param <T> the type each row would be read as
     * @param database the database the query was for
     * @return a closed cursor with no rows
     */
    public static <T> Cursor<T> empty(Database database) {
        Cursor<T> c = new Cursor<>(database, null, false, null, null, null, "");
        c.closed = true;
        return c;
    }

    /**
     * Reads rows {@code size} at a time and hands each batch to {@code onChunk} before returning its
     * rows (a QuerySet prefetches a batch's relations so). Call before reading.
     *
     * @param size the rows per batch
     * @param onChunk receives each batch before its rows are returned
     * @return this cursor
     */
    public Cursor<T> eachChunk(int size, Consumer<List<T>> onChunk) {
        this.chunkSize = size;
        this.onChunk = onChunk;
        return this;
    }

    @Override
    public boolean hasNext() {
        if (onChunk == null) {
            return hasNextRow();
        }
        if (chunk != null && chunk.hasNext()) {
            return true;
        }
        List<T> batch = new ArrayList<>(chunkSize);
        while (batch.size() < chunkSize && hasNextRow()) {
            batch.add(nextRow());
        }
        if (batch.isEmpty()) {
            return false;
        }
        try {
            onChunk.accept(batch);
        } catch (RuntimeException e) {
            closeQuietly(e);   // the caller may not close a cursor whose reading failed
            throw e;
        }
        chunk = batch.iterator();
        return true;
    }

    @Override
    public T next() {
        if (onChunk == null) {
            return nextRow();
        }
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return chunk.next();
    }

    private boolean hasNextRow() {
        if (closed) {
            return false;
        }
        if (ready == null) {
            try {
                ready = rows.next();
            } catch (SQLException e) {
                throw failed(e);
            }
            if (!ready) {
                close();
            }
        }
        return ready;
    }

    private T nextRow() {
        if (!hasNextRow()) {
            throw new NoSuchElementException();
        }
        ready = null;
        try {
            return mapper.map(rows);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // each step runs whatever the one before did, so a failing close of the rows leaks neither the
        // statement nor the connection; the first failure is thrown, the others ride along suppressed
        SQLException failure = null;
        try {
            rows.close();
        } catch (SQLException e) {
            failure = e;
        }
        try {
            statement.close();
        } catch (SQLException e) {
            failure = first(failure, e);
        }
        if (connection != null) {
            if (ownTransaction) {
                try {
                    connection.commit();
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    failure = first(failure, e);
                }
            }
            database.connections().release(connection);
        }
        if (failure != null) {
            throw database.dialect().errors().translate(failure, sql);
        }
    }

    private static SQLException first(SQLException failure, SQLException next) {
        if (failure == null) {
            return next;
        }
        failure.addSuppressed(next);
        return failure;
    }

    /** Closes the cursor after reading failed; a connection that died leaves the pool. */
    private RuntimeException failed(SQLException e) {
        RuntimeException translated = database.dialect().errors().translate(e, sql);
        closeQuietly(translated);
        if (translated instanceof dev.covet.orm.exception.ConnectionLost && connection != null) {
            database.connections().evict(connection);
        }
        return translated;
    }

    private void closeQuietly(RuntimeException cause) {
        try {
            close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
