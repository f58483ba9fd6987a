package dev.covet.orm.db;

import dev.covet.orm.exception.Retriable;
import dev.covet.orm.exception.TransactionManagementError;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The transactions of one database, bound to the thread that opened them: the outermost
 * {@code atomic()} begins a transaction, nested ones make savepoints, and an exception rolls back
 * only the block it leaves. Commit hooks run after the outermost commit and are dropped with any
 * level that rolls back. Inside an outer manager's transaction ({@link OuterTransactions}) every
 * {@code atomic()} is a savepoint, and hooks wait for the manager's commit.
 */
final class Transactions {
    private final Database database;
    private final Connections connections;
    private final ThreadLocal<TransactionFrame> current = new ThreadLocal<>();

    Transactions(Database database, Connections connections) {
        this.database = database;
        this.connections = connections;
    }

    /** The transaction open on this thread: Covet's, or the outer manager's Covet joins; null when none. */
    TransactionFrame current() {
        TransactionFrame frame = current.get();
        if (frame != null || !connections.joinsOuterTransactions()) {
            return frame;
        }
        Connection outer = connections.outerConnection();
        return outer == null ? null : new TransactionFrame(outer, true);
    }

    /** {@link #atomic(Supplier)}, run again after a {@link Retriable} error as {@code policy} allows (outermost level only). */
    <T> T atomic(RetryPolicy policy, Supplier<T> work) {
        if (current.get() != null) {
            // the database rolled back the enclosing transaction too: only its outermost block can run again
            return atomic(work);
        }
        int[] attempt = {0};
        return policy.call(() -> {
            if (attempt[0]++ > 0) {
                SqlLog.transaction(database.alias(), "retry: attempt " + attempt[0] + " of " + policy.maxAttempts());
            }
            return atomic(work);
        });
    }

    <T> T atomic(Supplier<T> work) {
        return atomic(true, work);
    }

    /** As {@link #atomic(Supplier)}; a nested block with {@code savepoint} false makes none (Django's {@code savepoint=False}). */
    <T> T atomic(boolean savepoint, Supplier<T> work) {
        Transaction tx = begin(savepoint);
        T result;
        try {
            result = work.get();
        } catch (Throwable t) {
            finish(tx.frame(), tx.depth(), t);
            throw t;
        }
        finish(tx.frame(), tx.depth(), null);
        return result;
    }

    /**
     * Runs {@code work} in a transaction made for schema changes: on a database that rebuilds tables to
     * alter them (SQLite), foreign keys are not enforced while it runs, every key is checked before it
     * commits, and enforcement is switched back on afterwards. Inside an open transaction it is a
     * savepoint, as {@link #atomic} is.
     */
    <T> T schemaAtomic(Supplier<T> work) {
        if (current.get() != null) {
            return atomic(work);
        }
        Connection c = connections.acquire();
        var d = database.dialect();
        try {
            plain(c, d.ddl().beforeSchemaChange());
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw d.errors().translate(e, String.join("; ", d.ddl().beforeSchemaChange()));
        }
        Transaction tx = begin(c);
        tx.frame().restore = d.ddl().afterSchemaChange();
        T result;
        try {
            result = work.get();
            SchemaAccess.checkForeignKeys(c, d);
        } catch (Throwable t) {
            finish(tx.frame(), tx.depth(), t);
            throw t;
        }
        finish(tx.frame(), tx.depth(), null);
        return result;
    }

    private static void plain(Connection c, List<String> statements) throws SQLException {
        for (String s : statements) {
            try (var st = c.createStatement()) {
                st.execute(s);
            }
        }
    }

    Transaction begin() {
        return begin(true);
    }

    Transaction begin(boolean savepoint) {
        TransactionFrame frame = current.get();
        if (frame == null && connections.joinsOuterTransactions()) {
            Connection outer = connections.outerConnection();
            if (outer != null) {
                frame = new TransactionFrame(outer, true);
                current.set(frame);
            }
        }
        if (frame == null) {
            return begin(connections.acquire());
        }
        if (!savepoint) {
            frame.push(null, true);
            return new Transaction(database, frame, frame.depth());
        }
        try {
            frame.push(frame.connection.setSavepoint());
            SqlLog.transaction(database.alias(), "SAVEPOINT (level " + frame.depth() + ")");
        } catch (SQLException e) {
            if (frame.outer && frame.depth() == 0) {
                current.remove();
            }
            throw database.dialect().errors().translate(e, "SAVEPOINT");
        }
        return new Transaction(database, frame, frame.depth());
    }

    private Transaction begin(Connection c) {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw database.dialect().errors().translate(e, "BEGIN");
        }
        TransactionFrame frame = new TransactionFrame(c);
        frame.push(null);
        current.set(frame);
        SqlLog.transaction(database.alias(), "BEGIN");
        return new Transaction(database, frame, frame.depth());
    }

    /**
     * Ends the innermost level: commits (or releases) when {@code failure} is null and no rollback was
     * asked for, else rolls back, as Django's {@code Atomic.__exit__}: a level without a savepoint
     * cannot roll back by itself and leaves the rollback to the next level out.
     */
    void finish(TransactionFrame frame, int depth, Throwable failure) {
        if (frame.depth() != depth) {
            throw new TransactionManagementError("Transactions must end innermost first");
        }
        TransactionFrame.Level level = frame.pop();
        Connection c = frame.connection;
        boolean rollback = failure != null || frame.needsRollback;
        if (level.withoutSavepoint) {
            if (rollback) {
                frame.needsRollback = true;
            } else {
                frame.innermost().onCommit.addAll(level.onCommit);
            }
            return;
        }
        frame.needsRollback = false;
        if (level.savepoint != null) {
            endSavepoint(frame, level, failure, rollback);
            return;
        }
        current.remove();
        List<Runnable> hooks = level.onCommit;
        try {
            if (!rollback) {
                try {
                    c.commit();
                    SqlLog.transaction(database.alias(), "COMMIT");
                } catch (SQLException e) {
                    RuntimeException translated = database.dialect().errors().translate(e, "COMMIT");
                    frame.lost = translated instanceof dev.covet.orm.exception.ConnectionLost;
                    rollbackQuietly(c, translated);
                    throw translated;
                }
            } else if (frame.lost) {
                SqlLog.transaction(database.alias(), "ROLLBACK (by the server: the connection was lost)");
            } else {
                rollbackQuietly(c, failure);
                SqlLog.transaction(database.alias(), "ROLLBACK");
            }
        } finally {
            if (!frame.lost) {
                try {
                    c.setAutoCommit(true);
                    plain(c, frame.restore);
                } catch (SQLException e) {
                    if (failure != null) {
                        failure.addSuppressed(e);
                    }
                }
            }
            closeQuietly(c, failure);
            if (frame.lost) {
                connections.evict(c);
            }
        }
        if (!rollback) {
            runHooks(hooks);
        }
    }

    /** Marks the transaction for rollback at the end of the innermost block that can roll back (Django's {@code set_rollback}). */
    void setRollback(boolean rollback) {
        TransactionFrame frame = current.get();
        if (frame == null) {
            throw new TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.");
        }
        frame.needsRollback = rollback;
    }

    boolean getRollback() {
        TransactionFrame frame = current.get();
        if (frame == null) {
            throw new TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.");
        }
        return frame.needsRollback;
    }

    private void endSavepoint(TransactionFrame frame, TransactionFrame.Level level, Throwable failure, boolean rollback) {
        Savepoint sp = level.savepoint;
        // the outermost savepoint in an outer manager's transaction: Covet leaves the transaction to it
        boolean leavesOuter = frame.outer && frame.depth() == 0;
        if (leavesOuter) {
            current.remove();
        }
        try {
            if (!rollback) {
                frame.connection.releaseSavepoint(sp);
                if (leavesOuter) {
                    level.onCommit.forEach(connections::afterOuterCommit);
                } else {
                    frame.innermost().onCommit.addAll(level.onCommit);
                }
                SqlLog.transaction(database.alias(), "RELEASE SAVEPOINT (level " + (frame.depth() + 1) + ")");
            } else {
                frame.connection.rollback(sp);
                frame.connection.releaseSavepoint(sp);
                SqlLog.transaction(database.alias(), "ROLLBACK TO SAVEPOINT (level " + (frame.depth() + 1) + ")");
            }
        } catch (SQLException e) {
            RuntimeException translated = database.dialect().errors().translate(e, failure == null ? "RELEASE SAVEPOINT" : "ROLLBACK TO SAVEPOINT");
            if (failure != null) {
                failure.addSuppressed(translated);
                return;
            }
            throw translated;
        }
    }

    /** Registers a hook for after the outermost commit; with no transaction open, runs it now. */
    void onCommit(Runnable hook) {
        TransactionFrame frame = current();
        if (frame == null) {
            hook.run();
            return;
        }
        if (frame.outer && frame.depth() == 0) {
            // statements in an outer manager's transaction, outside any atomic(): its commit is the one to wait for
            connections.afterOuterCommit(hook);
            return;
        }
        frame.innermost().onCommit.add(hook);
    }

    private static void runHooks(List<Runnable> hooks) {
        RuntimeException first = null;
        for (Runnable hook : new ArrayList<>(hooks)) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void rollbackQuietly(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private void closeQuietly(Connection c, Throwable failure) {
        try {
            connections.giveBack(c);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
