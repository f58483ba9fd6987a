package dev.covet.spring;

import dev.covet.orm.db.OuterTransactions;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Spring's transactions as Covet's {@link OuterTransactions}: inside a {@code @Transactional} method or a
 * {@code TransactionTemplate} on the application's DataSource, Covet works on the transaction's connection
 * (the one {@code JdbcTemplate} uses), its {@code atomic()} blocks are savepoints, and its {@code onCommit}
 * hooks run after Spring's commit.
 */
public final class SpringTransactions implements OuterTransactions {
    /** For {@code outerTransactions(...)} of a database on a Spring-managed DataSource; the starter gives it the application's. */
    public SpringTransactions() {
    }

    @Override
    public Connection current(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder)) {
            // no transaction, or one of another resource (a second DataSource, a message broker): not Covet's to join
            return null;
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        // bound to the transaction, so releasing only counts the reference down; Spring closes it at the end
        DataSourceUtils.releaseConnection(c, dataSource);
        try {
            // a connection bound only for synchronisation (no transaction of its own) commits each statement
            return c.getAutoCommit() ? null : c;
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public void afterCommit(Runnable hook) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                hook.run();
            }
        });
    }
}
