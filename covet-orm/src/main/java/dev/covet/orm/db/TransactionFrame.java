package dev.covet.orm.db;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The transaction a thread has open on one database: its connection and a stack of levels, one per
 * open {@code atomic()} block (the first is the transaction itself, the others savepoints), each with
 * the commit hooks registered while it was innermost. A frame on an outer manager's transaction
 * ({@link OuterTransactions}) has only savepoint levels, and none while Covet merely runs statements in it.
 */
final class TransactionFrame {
    final Connection connection;
    final Thread owner = Thread.currentThread();
    /** Did the connection die under this transaction (so the server rolled it back)? */
    boolean lost;
    /** Is the transaction an outer manager's, which commits, rolls back and closes it? */
    final boolean outer;
    private final List<Level> levels = new ArrayList<>();
    /** Statements that put the connection back as it was before the transaction (run before it returns to the pool). */
    List<String> restore = List.of();
    /**
     * Must the innermost level that can roll back do so (Django's {@code needs_rollback})? Set by
     * {@code setRollback(true)} and by a failed block without a savepoint; queries are refused meanwhile.
     */
    boolean needsRollback;

    TransactionFrame(Connection connection) {
        this(connection, false);
    }

    TransactionFrame(Connection connection, boolean outer) {
        this.connection = connection;
        this.outer = outer;
    }

    static final class Level {
        final Savepoint savepoint;
        /** A nested block opened with {@code savepoint = false}: it cannot roll back by itself. */
        final boolean withoutSavepoint;
        final List<Runnable> onCommit = new ArrayList<>();

        Level(Savepoint savepoint, boolean withoutSavepoint) {
            this.savepoint = savepoint;
            this.withoutSavepoint = withoutSavepoint;
        }
    }

    Level push(Savepoint savepoint) {
        return push(savepoint, false);
    }

    Level push(Savepoint savepoint, boolean withoutSavepoint) {
        Level level = new Level(savepoint, withoutSavepoint);
        levels.add(level);
        return level;
    }

    Level pop() {
        return levels.removeLast();
    }

    Level innermost() {
        return levels.getLast();
    }

    int depth() {
        return levels.size();
    }
}
