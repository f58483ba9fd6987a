package dev.covet.orm.sql.mysql;

import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.WriteSql;

import java.util.List;

/**
 * MySQL's and MariaDB's writes: {@code ON DUPLICATE KEY UPDATE}, never {@code INSERT IGNORE}. Immutable and thread-safe.
 */
final class MySqlWrites extends WriteSql {
    MySqlWrites(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String onConflict(List<String> uniqueColumns, List<String> updateColumns, String keyColumn) {
        // MariaDB has no conflict target: any unique key decides. Setting the key to itself skips the row
        // without INSERT IGNORE's side effect of turning other errors into warnings
        if (updateColumns.isEmpty()) {
            return " ON DUPLICATE KEY UPDATE " + dialect.quote(keyColumn) + " = " + dialect.quote(keyColumn);
        }
        List<String> sets = new java.util.ArrayList<>();
        for (String c : updateColumns) {
            sets.add(dialect.quote(c) + " = VALUES(" + dialect.quote(c) + ")");
        }
        return " ON DUPLICATE KEY UPDATE " + String.join(", ", sets);
    }

    /** Not INSERT IGNORE, which would also turn foreign key and other errors into warnings. */
    @Override
    public String ignoreDuplicates(String column) {
        return " ON DUPLICATE KEY UPDATE " + column + " = " + column;
    }

    @Override
    public String insertDefaults(String table) {
        return "INSERT INTO " + dialect.quote(table) + " () VALUES ()";
    }
}
