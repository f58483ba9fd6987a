package dev.covet.orm.sql.sqlite;

import dev.covet.orm.query.Transform;
import dev.covet.orm.query.functions.Trunc;
import dev.covet.orm.sql.DateSql;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.SqlTemplate;

/**
 * SQLite's dates: fixed-width ISO text, read and built with {@code strftime}. Immutable and thread-safe.
 */
final class SqliteDates extends DateSql {
    SqliteDates(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String extract(Transform.Kind kind, String sql) {
        return switch (kind) {
            case DATE -> "date(" + sql + ")";
            // timestamps are fixed-width text: the time of day starts at the 12th character
            case TIME -> "substr(" + sql + ", 12)";
            case ISO_YEAR -> "CAST(strftime('%G', " + sql + ") AS INTEGER)";
            case QUARTER -> "((CAST(strftime('%m', " + sql + ") AS INTEGER) + 2) / 3)";
            case WEEK -> "CAST(strftime('%V', " + sql + ") AS INTEGER)";
            case ISO_WEEK_DAY -> "CAST(strftime('%u', " + sql + ") AS INTEGER)";
            case YEAR -> "CAST(strftime('%Y', " + sql + ") AS INTEGER)";
            case MONTH -> "CAST(strftime('%m', " + sql + ") AS INTEGER)";
            case DAY -> "CAST(strftime('%d', " + sql + ") AS INTEGER)";
            case WEEK_DAY -> "(CAST(strftime('%w', " + sql + ") AS INTEGER) + 1)";
            case HOUR -> "CAST(strftime('%H', " + sql + ") AS INTEGER)";
            case MINUTE -> "CAST(strftime('%M', " + sql + ") AS INTEGER)";
            case SECOND -> "CAST(strftime('%S', " + sql + ") AS INTEGER)";
        };
    }

    @Override
    public Sql truncate(Trunc.Kind kind, boolean date, Sql source) {
        // dates are 'YYYY-MM-DD' text and datetimes 'YYYY-MM-DD HH:MM:SS.ffffff', so each result is built in that shape
        String midnight = date ? "" : " 00:00:00.000000";
        return switch (kind) {
            case YEAR -> SqlTemplate.fill("strftime('%Y-01-01" + midnight + "', {})", source);
            case QUARTER -> SqlTemplate.fill("printf('%04d-%02d-01" + midnight + "', CAST(strftime('%Y', {}) AS INTEGER),"
                    + " ((CAST(strftime('%m', {}) AS INTEGER) - 1) / 3) * 3 + 1)", source);
            case MONTH -> SqlTemplate.fill("strftime('%Y-%m-01" + midnight + "', {})", source);
            // 'weekday 0' moves forward to a Sunday (or stays on one); six days back is that ISO week's Monday
            case WEEK -> SqlTemplate.fill("strftime('%Y-%m-%d" + midnight + "', {}, 'weekday 0', '-6 days')", source);
            case DAY -> SqlTemplate.fill("strftime('%Y-%m-%d" + midnight + "', {})", source);
            case DATE -> SqlTemplate.fill("date({})", source);
            case HOUR -> SqlTemplate.fill("strftime('%Y-%m-%d %H:00:00.000000', {})", source);
            case MINUTE -> SqlTemplate.fill("strftime('%Y-%m-%d %H:%M:00.000000', {})", source);
            case SECOND -> SqlTemplate.fill("strftime('%Y-%m-%d %H:%M:%S.000000', {})", source);
            case TIME -> SqlTemplate.fill("substr({}, 12)", source);
        };
    }

    @Override
    public String now() {
        // %f is seconds with milliseconds; three zeros pad it to the stored microseconds
        return "strftime('%Y-%m-%d %H:%M:%f000', 'now')";
    }
}
