package dev.covet.orm.sql.sqlite;

import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.WriteSql;

/**
 * SQLite's writes ({@code ON CONFLICT}, 3.24+): the default spelling. Immutable and thread-safe.
 */
final class SqliteWrites extends WriteSql {
    SqliteWrites(Dialect dialect) {
        super(dialect);
    }
}
