package dev.covet.orm.sql.postgres;

import dev.covet.orm.query.Transform;
import dev.covet.orm.query.functions.Trunc;
import dev.covet.orm.sql.DateSql;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;

/**
 * PostgreSQL's dates: {@code EXTRACT} and {@code DATE_TRUNC}, timestamps stored without a zone, in UTC. Immutable and thread-safe.
 */
final class PostgresDates extends DateSql {
    PostgresDates(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String extract(Transform.Kind kind, String sql) {
        return switch (kind) {
            case DATE -> "CAST(" + sql + " AS DATE)";
            case TIME -> "CAST(" + sql + " AS TIME)";
            case ISO_YEAR -> "CAST(EXTRACT(ISOYEAR FROM " + sql + ") AS INTEGER)";
            case QUARTER -> "CAST(EXTRACT(QUARTER FROM " + sql + ") AS INTEGER)";
            case WEEK -> "CAST(EXTRACT(WEEK FROM " + sql + ") AS INTEGER)";
            case ISO_WEEK_DAY -> "CAST(EXTRACT(ISODOW FROM " + sql + ") AS INTEGER)";
            case YEAR -> "CAST(EXTRACT(YEAR FROM " + sql + ") AS INTEGER)";
            case MONTH -> "CAST(EXTRACT(MONTH FROM " + sql + ") AS INTEGER)";
            case DAY -> "CAST(EXTRACT(DAY FROM " + sql + ") AS INTEGER)";
            case WEEK_DAY -> "(CAST(EXTRACT(DOW FROM " + sql + ") AS INTEGER) + 1)";
            case HOUR -> "CAST(EXTRACT(HOUR FROM " + sql + ") AS INTEGER)";
            case MINUTE -> "CAST(EXTRACT(MINUTE FROM " + sql + ") AS INTEGER)";
            case SECOND -> "CAST(FLOOR(EXTRACT(SECOND FROM " + sql + ")) AS INTEGER)";
        };
    }

    @Override
    public Sql truncate(Trunc.Kind kind, boolean date, Sql source) {
        return switch (kind) {
            case DATE -> source.wrap("CAST(", " AS DATE)");
            case TIME -> source.wrap("CAST(", " AS TIME)");
            // DATE_TRUNC of a date would pick the time-zone-aware overload: truncate a timestamp and cast back
            default -> date
                    ? source.wrap("CAST(DATE_TRUNC('" + kind.name().toLowerCase(java.util.Locale.ROOT) + "', CAST(", " AS TIMESTAMP)) AS DATE)")
                    : source.wrap("DATE_TRUNC('" + kind.name().toLowerCase(java.util.Locale.ROOT) + "', ", ")");
        };
    }

    @Override
    public String now() {
        // timestamps are stored without a zone, in UTC
        return "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')";
    }
}
