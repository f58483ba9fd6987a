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
 * level that rolls back.
 */
final class Transactions {
    private final Database database;
    private final ThreadLocal<TransactionFrame> current = new ThreadLocal<>();

    Transactions(Database database) {
        this.database = database;
    }

    TransactionFrame current() {
        return current.get();
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
        Connection c = database.acquire();
        var d = database.dialect();
        try {
            plain(c, d.beforeSchemaChange());
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw d.translate(e, String.join("; ", d.beforeSchemaChange()));
        }
        Transaction tx = begin(c);
        tx.frame().restore = d.afterSchemaChange();
        T result;
        try {
            result = work.get();
            database.checkForeignKeys(c);
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
        TransactionFrame frame = current.get();
        if (frame == null) {
            return begin(database.acquire());
        }
        try {
            frame.push(frame.connection.setSavepoint());
        } catch (SQLException e) {
            throw database.dialect().translate(e, "SAVEPOINT");
        }
        return new Transaction(database, frame, frame.depth());
    }

    private Transaction begin(Connection c) {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw database.dialect().translate(e, "BEGIN");
        }
        TransactionFrame frame = new TransactionFrame(c);
        frame.push(null);
        current.set(frame);
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
                plain(c, frame.restore);
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
        try {
            if (failure == null) {
                frame.connection.releaseSavepoint(sp);
                frame.innermost().onCommit.addAll(level.onCommit);
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
        TransactionFrame frame = current.get();
        if (frame == null) {
            hook.run();
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
            database.giveBack(c);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
