package dev.covet.orm.db;

import dev.covet.orm.TransactionManagementError;

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
    private final ThreadLocal<TransactionFrame> current = new ThreadLocal<>();

    Transactions(Database database) {
        this.database = database;
    }

    /** The transaction open on this thread: Covet's, or the outer manager's Covet joins; null when none. */
    TransactionFrame current() {
        TransactionFrame frame = current.get();
        if (frame != null || !database.joinsOuterTransactions()) {
            return frame;
        }
        Connection outer = database.outerConnection();
        return outer == null ? null : new TransactionFrame(outer, true);
    }

    <T> T atomic(Supplier<T> work) {
        Transaction tx = begin();
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

    Transaction begin() {
        TransactionFrame frame = current.get();
        if (frame == null && database.joinsOuterTransactions()) {
            Connection outer = database.outerConnection();
            if (outer != null) {
                frame = new TransactionFrame(outer, true);
                current.set(frame);
            }
        }
        if (frame == null) {
            Connection c = database.acquire();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                closeQuietly(c, e);
                throw database.dialect().translate(e, "BEGIN");
            }
            frame = new TransactionFrame(c);
            frame.push(null);
            current.set(frame);
            return new Transaction(database, frame, frame.depth());
        }
        try {
            frame.push(frame.connection.setSavepoint());
        } catch (SQLException e) {
            if (frame.outer && frame.depth() == 0) {
                current.remove();
            }
            throw database.dialect().translate(e, "SAVEPOINT");
        }
        return new Transaction(database, frame, frame.depth());
    }

    /** Ends the innermost level: commits (or releases) when {@code failure} is null, else rolls back. */
    void finish(TransactionFrame frame, int depth, Throwable failure) {
        if (frame.depth() != depth) {
            throw new TransactionManagementError("Transactions must end innermost first");
        }
        TransactionFrame.Level level = frame.pop();
        Connection c = frame.connection;
        if (level.savepoint != null) {
            endSavepoint(frame, level, failure);
            return;
        }
        current.remove();
        List<Runnable> hooks = level.onCommit;
        try {
            if (failure == null) {
                try {
                    c.commit();
                } catch (SQLException e) {
                    RuntimeException translated = database.dialect().translate(e, "COMMIT");
                    rollbackQuietly(c, translated);
                    throw translated;
                }
            } else {
                rollbackQuietly(c, failure);
            }
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
            closeQuietly(c, failure);
        }
        if (failure == null) {
            runHooks(hooks);
        }
    }

    private void endSavepoint(TransactionFrame frame, TransactionFrame.Level level, Throwable failure) {
        Savepoint sp = level.savepoint;
        // the outermost savepoint in an outer manager's transaction: Covet leaves the transaction to it
        boolean leavesOuter = frame.outer && frame.depth() == 0;
        if (leavesOuter) {
            current.remove();
        }
        try {
            if (failure == null) {
                frame.connection.releaseSavepoint(sp);
                if (leavesOuter) {
                    level.onCommit.forEach(database::afterOuterCommit);
                } else {
                    frame.innermost().onCommit.addAll(level.onCommit);
                }
            } else {
                frame.connection.rollback(sp);
                frame.connection.releaseSavepoint(sp);
            }
        } catch (SQLException e) {
            RuntimeException translated = database.dialect().translate(e, failure == null ? "RELEASE SAVEPOINT" : "ROLLBACK TO SAVEPOINT");
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
            database.afterOuterCommit(hook);
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

    private static void closeQuietly(Connection c, Throwable failure) {
        try {
            c.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
