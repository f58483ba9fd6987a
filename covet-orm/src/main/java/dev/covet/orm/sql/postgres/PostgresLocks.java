package dev.covet.orm.sql.postgres;

import dev.covet.orm.query.Query;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.LockSql;

import java.util.List;

/**
 * PostgreSQL's row locks: {@code FOR UPDATE OF}, and {@code FOR NO KEY UPDATE}. Immutable and thread-safe.
 */
final class PostgresLocks extends LockSql {
    PostgresLocks(Dialect dialect) {
        super(dialect);
    }

    @Override
    public boolean supportsLockOf() {
        return true;
    }

    @Override
    public String lockClause(Query.Lock lock, List<String> tables) {
        if (!lock.noKey()) {
            return super.lockClause(lock, tables);
        }
        return " FOR NO KEY UPDATE" + lockOf(lock, tables) + (lock.nowait() ? " NOWAIT" : "") + (lock.skipLocked() ? " SKIP LOCKED" : "");
    }
}
