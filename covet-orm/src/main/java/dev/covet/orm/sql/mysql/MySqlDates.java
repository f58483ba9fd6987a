package dev.covet.orm.sql.mysql;

import dev.covet.orm.query.Transform;
import dev.covet.orm.query.functions.Trunc;
import dev.covet.orm.sql.DateSql;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.SqlTemplate;

/**
 * MySQL's and MariaDB's dates: their date functions, ISO weeks as mode 3, {@code UTC_TIMESTAMP(6)} for now. Immutable and thread-safe.
 */
final class MySqlDates extends DateSql {
    MySqlDates(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String extract(Transform.Kind kind, String sql) {
        return switch (kind) {
            case DATE -> "DATE(" + sql + ")";
            case TIME -> "TIME(" + sql + ")";
            // mode 3 is ISO 8601: weeks start on Monday, week 1 holds the year's first Thursday
            case ISO_YEAR -> "(YEARWEEK(" + sql + ", 3) DIV 100)";
            case QUARTER -> "QUARTER(" + sql + ")";
            case WEEK -> "WEEK(" + sql + ", 3)";
            case ISO_WEEK_DAY -> "(WEEKDAY(" + sql + ") + 1)";
            case YEAR -> "YEAR(" + sql + ")";
            case MONTH -> "MONTH(" + sql + ")";
            case DAY -> "DAYOFMONTH(" + sql + ")";
            case WEEK_DAY -> "DAYOFWEEK(" + sql + ")";
            case HOUR -> "HOUR(" + sql + ")";
            case MINUTE -> "MINUTE(" + sql + ")";
            case SECOND -> "SECOND(" + sql + ")";
        };
    }

    @Override
    public Sql truncate(Trunc.Kind kind, boolean date, Sql source) {
        String type = date ? "DATE" : "DATETIME(6)";
        return switch (kind) {
            case YEAR -> SqlTemplate.fill("CAST(DATE_FORMAT({}, '%Y-01-01') AS " + type + ")", source);
            case QUARTER -> SqlTemplate.fill("CAST(MAKEDATE(YEAR({}), 1) + INTERVAL (QUARTER({}) - 1) QUARTER AS " + type + ")", source);
            case MONTH -> SqlTemplate.fill("CAST(DATE_FORMAT({}, '%Y-%m-01') AS " + type + ")", source);
            case WEEK -> SqlTemplate.fill("CAST(DATE({}) - INTERVAL WEEKDAY({}) DAY AS " + type + ")", source);
            case DAY -> SqlTemplate.fill("CAST(DATE({}) AS " + type + ")", source);
            case DATE -> SqlTemplate.fill("DATE({})", source);
            case HOUR -> SqlTemplate.fill("CAST(DATE_FORMAT({}, '%Y-%m-%d %H:00:00') AS DATETIME(6))", source);
            case MINUTE -> SqlTemplate.fill("CAST(DATE_FORMAT({}, '%Y-%m-%d %H:%i:00') AS DATETIME(6))", source);
            case SECOND -> SqlTemplate.fill("CAST(DATE_FORMAT({}, '%Y-%m-%d %H:%i:%s') AS DATETIME(6))", source);
            case TIME -> SqlTemplate.fill("TIME({})", source);
        };
    }

    @Override
    public String now() {
        return "UTC_TIMESTAMP(6)";
    }
}
