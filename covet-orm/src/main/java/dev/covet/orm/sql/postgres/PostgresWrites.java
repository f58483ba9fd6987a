package dev.covet.orm.sql.postgres;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.WriteSql;

/**
 * PostgreSQL's writes: CASE values cast to their column's type, which untyped parameters would not take. Immutable and thread-safe.
 */
final class PostgresWrites extends WriteSql {
    PostgresWrites(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String caseValue(FieldInfo field) {
        // CASE branches of untyped parameters resolve to text, which a typed column will not take
        return "CAST(? AS " + dialect.ddl().columnType(field) + ")";
    }
}
