package dev.covet.orm.db;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * A transaction manager outside Covet (Spring's, for one) whose transactions Covet joins on a
 * database built on a given {@link DataSource}. While the manager has a transaction open on the
 * calling thread, Covet runs its statements on that transaction's connection, an {@code atomic()}
 * block becomes a savepoint in it, and {@code onCommit} hooks wait for the manager's commit. Covet
 * never commits, rolls back or closes that connection: the manager does.
 *
 * <pre>{@code
 * Config.builder().database("default", dataSource, db -> db.outerTransactions(springTransactions))
 * }</pre>
 */
public interface OuterTransactions {
    /**
     * The connection of the transaction the manager has open on the calling thread for
     * {@code dataSource}, or null when it has none (Covet then takes connections from the DataSource
     * and runs its own transactions). Called for every statement outside a Covet transaction: keep it cheap.
     *
     * @param dataSource the DataSource Covet was given
     * @return the transaction's connection, or null when the manager has none open on this thread
     */
    Connection current(DataSource dataSource);

    /**
     * Runs {@code hook} after the transaction open on the calling thread commits; never if it rolls back.
     * Called only while {@link #current} returns a connection.
     *
     * @param hook what to run after the commit
     */
    void afterCommit(Runnable hook);
}
