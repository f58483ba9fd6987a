package dev.covet.orm.sql.sqlite;

import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.JsonSql;

/**
 * SQLite's JSON1 functions ({@code json_extract}, {@code json_type}): the default spelling. Immutable and thread-safe.
 */
final class SqliteJson extends JsonSql {
    SqliteJson(Dialect dialect) {
        super(dialect);
    }
}
