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
    /** Is the transaction an outer manager's, which commits, rolls back and closes it? */
    final boolean outer;
    private final List<Level> levels = new ArrayList<>();

    TransactionFrame(Connection connection) {
        this(connection, false);
    }

    TransactionFrame(Connection connection, boolean outer) {
        this.connection = connection;
        this.outer = outer;
    }

    static final class Level {
        final Savepoint savepoint;
        final List<Runnable> onCommit = new ArrayList<>();

        Level(Savepoint savepoint) {
            this.savepoint = savepoint;
        }
    }

    Level push(Savepoint savepoint) {
        Level level = new Level(savepoint);
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
