package dev.covet.orm.sql.mysql;

import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.LockSql;

/**
 * MySQL's and MariaDB's row locks, the shared one spelled {@code LOCK IN SHARE MODE}. Immutable and thread-safe.
 */
final class MySqlLocks extends LockSql {
    MySqlLocks(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String shareLockClause() {
        // MariaDB spells FOR SHARE only from 10.6 on; LOCK IN SHARE MODE works on every version
        return " LOCK IN SHARE MODE";
    }
}
