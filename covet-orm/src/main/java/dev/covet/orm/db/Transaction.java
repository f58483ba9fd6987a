package dev.covet.orm.db;

import dev.covet.orm.exception.TransactionManagementError;

/**
 * An explicit transaction (or savepoint, when one is already open on this thread) for code that
 * cannot put its work in a lambda. Closing it without {@link #commit()} rolls it back, so
 * try-with-resources never leaks one. Belongs to the thread that began it; not thread-safe.
 *
 * <pre>{@code
 * try (Transaction tx = Covet.begin()) {
 *     author.save();
 *     book.save();
 *     tx.commit();
 * }   // rolled back here if commit() was not reached
 * }</pre>
 */
public final class Transaction implements AutoCloseable {
    private final Database database;
    private final TransactionFrame frame;
    private final int depth;
    private boolean finished;

    Transaction(Database database, TransactionFrame frame, int depth) {
        this.database = database;
        this.frame = frame;
        this.depth = depth;
    }

    /** Commits (or releases the savepoint), then runs the commit hooks if this was the outermost level. */
    public void commit() {
        check();
        finished = true;
        database.transactions().finish(frame, depth, null);
    }

    /** Rolls back to where this transaction began. */
    public void rollback() {
        check();
        finished = true;
        database.transactions().finish(frame, depth, new TransactionManagementError("rolled back"));
    }

    TransactionFrame frame() {
        return frame;
    }

    int depth() {
        return depth;
    }

    /**
     * Is the transaction still open (neither committed nor rolled back)?
     *
     * @return true until {@link #commit()}, {@link #rollback()} or {@link #close()}
     */
    public boolean isActive() {
        return !finished;
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        if (!finished) {
            rollback();
        }
    }

    private void check() {
        if (finished) {
            throw new TransactionManagementError("This transaction has already been committed or rolled back");
        }
        if (Thread.currentThread() != frame.owner) {
            throw new TransactionManagementError("A transaction belongs to the thread that began it");
        }
        if (frame.depth() != depth) {
            throw new TransactionManagementError("An inner transaction is still open; finish it first");
        }
    }
}
