package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.query.Query;

import java.util.List;

/**
 * How one database spells a locking read ({@code selectForUpdate()}): {@code FOR UPDATE} with its
 * {@code OF}, {@code NOWAIT} and {@code SKIP LOCKED}, and the shared lock; what the database cannot
 * lock as asked is refused before anything is sent. A dialect hands out its own ({@link Dialect#locks()}).
 * Implementations are immutable and thread-safe.
 */
public abstract class LockSql {
    /** The dialect whose quoting, name and features the SQL uses. */
    protected final Dialect dialect;

    /**
     * The locking reads of {@code dialect}'s database.
     *
     * @param dialect the dialect whose quoting, name and features the SQL uses
     */
    protected LockSql(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The clause of a locking read that takes a share lock, with a leading space. */
    protected String shareLockClause() {
        return " FOR SHARE";
    }

    /**
     * Can a locking read name the tables it locks ({@code FOR UPDATE OF t})?
     *
     * @return true where {@code FOR UPDATE OF} is available (default false)
     */
    public boolean supportsLockOf() {
        return false;
    }

    /** {@code " OF "} and the quoted tables (aliases) a lock is limited to, or empty; refused where the database cannot. */
    protected final String lockOf(Query.Lock lock, List<String> tables) {
        if (lock.of().isEmpty()) {
            return "";
        }
        if (!supportsLockOf()) {
            throw new NotSupportedError("selectForUpdate(of=...) is not supported on " + dialect.name()
                    + (dialect.features().supportsSelectForUpdate() ? ": it has no FOR UPDATE OF" : ": it locks the whole database"));
        }
        return tables.isEmpty() ? "" : " OF " + String.join(", ", tables.stream().map(dialect::quote).toList());
    }

    /**
     * The locking clause for {@code selectForUpdate()}, with a leading space.
     *
     * @param lock the lock the query asked for
     * @return the clause
     * @throws dev.covet.orm.exception.NotSupportedError if the database cannot take the lock as asked
     */
    public String lockClause(Query.Lock lock) {
        return lockClause(lock, List.of());
    }

    /**
     * The locking clause for {@code selectForUpdate()}, limited to {@code tables} (aliases) when it names some.
     *
     * @param lock the lock the query asked for
     * @param tables the aliases of the tables to lock, unquoted; empty for all of them
     * @return the clause ({@code FOR SHARE} for a shared lock)
     * @throws dev.covet.orm.exception.NotSupportedError if the database cannot take the lock as asked
     */
    public String lockClause(Query.Lock lock, List<String> tables) {
        Features f = dialect.features();
        if (!f.supportsSelectForUpdate()) {
            throw new NotSupportedError("selectForUpdate() is not supported on " + dialect.name());
        }
        if (lock.nowait() && !f.supportsNowait()) {
            throw new NotSupportedError("selectForUpdate(nowait) is not supported on " + dialect.name());
        }
        if (lock.skipLocked() && !f.supportsSkipLocked()) {
            throw new NotSupportedError("selectForUpdate(skipLocked) is not supported on " + dialect.name());
        }
        if (lock.noKey()) {
            throw new NotSupportedError("selectForUpdate(noKey) (FOR NO KEY UPDATE) is only supported on PostgreSQL, not on " + dialect.name());
        }
        String of = lockOf(lock, tables);
        if (lock.shared()) {
            return shareLockClause();
        }
        return " FOR UPDATE" + of + (lock.nowait() ? " NOWAIT" : "") + (lock.skipLocked() ? " SKIP LOCKED" : "");
    }
}
