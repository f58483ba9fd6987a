package dev.covet.orm.sql.sqlite;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.LockSql;

import java.util.List;

/**
 * SQLite's locking reads: none needed, since Covet's transactions take the database-wide write lock when
 * they begin (BEGIN IMMEDIATE); the options that would need row locks are refused. Immutable and thread-safe.
 */
final class SqliteLocks extends LockSql {
    SqliteLocks(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String lockClause(Query.Lock lock, List<String> tables) {
        lockOf(lock, tables);
        if (lock.nowait() || lock.skipLocked() || lock.noKey()) {
            throw new NotSupportedError("selectForUpdate(" + (lock.nowait() ? "nowait" : lock.skipLocked() ? "skipLocked" : "noKey")
                    + ") is not supported on SQLite: it locks the whole database, and Covet's transactions take that lock when they begin");
        }
        // The transaction already holds SQLite's write lock (BEGIN IMMEDIATE), which covers every row.
        return "";
    }
}
