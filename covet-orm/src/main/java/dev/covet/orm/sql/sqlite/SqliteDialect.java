package dev.covet.orm.sql.sqlite;

import dev.covet.orm.exception.DataError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.query.Transform;
import dev.covet.orm.query.functions.Trunc;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.SqlTemplate;
import dev.covet.orm.sql.Codecs;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.sql.ConditionalRenderers;
import dev.covet.orm.sql.ConnectionSettings;
import dev.covet.orm.sql.DdlSpelling;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.LockSql;
import dev.covet.orm.sql.JsonSql;
import dev.covet.orm.sql.ErrorTranslator;
import dev.covet.orm.sql.Features;
import dev.covet.orm.sql.ValueCodec;

import java.util.UUID;

/**
 * SQLite: dynamic types (dates as fixed-width ISO text so that text order is time order),
 * foreign keys switched on, WAL for files, every transaction BEGIN IMMEDIATE (the write lock
 * is database-wide, so it is taken up front rather than failing half-way).
 */
public final class SqliteDialect extends Dialect {
    // sqlite-jdbc keeps no prepared statements: preparing each call would double a primary-key read
    private static final Features FEATURES = Features.builder().returning(true).maxParameters(32766).groupByPrimaryKey()
            .transactionalDdl().nullsOrdering().foreignKeysCheckedAtCommit().recursiveCte(true).foreignKeysToLaterTables().build();
    private static final SqliteConnection CONNECTION = new SqliteConnection();
    private final SqliteDdl ddl = new SqliteDdl(this);
    private final SqliteJson json = new SqliteJson(this);
    private final SqliteLocks locks = new SqliteLocks(this);

    /** The SQLite dialect, rendering conditional aggregates with {@code FILTER (WHERE ...)}. */
    public SqliteDialect() {
        // aggregates take FILTER (WHERE ...) natively (SQLite since 3.30)
        override(Aggregate.class, ConditionalRenderers.FILTER_CLAUSE);
    }

    @Override
    public String function(String name) {
        // SQLite's multi-argument MAX / MIN are GREATEST / LEAST (NULL when any argument is)
        return switch (name) {
            case "GREATEST" -> "MAX";
            case "LEAST" -> "MIN";
            // SQLite has no RIGHT(); Covet registers its own on every connection
            case "RIGHT" -> "covet_right";
            default -> super.function(name);
        };
    }

    @Override
    public String castType(Storage storage) {
        // SQLite has storage classes, not types
        return switch (storage) {
            case STRING, DATE, TIME, TIMESTAMP -> "TEXT";
            case INT, SHORT, LONG, BOOLEAN -> "INTEGER";
            case FLOAT, DOUBLE -> "REAL";
            default -> super.castType(storage);
        };
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Features features() {
        return FEATURES;
    }

    @Override
    public ConnectionSettings connection() {
        return CONNECTION;
    }

    @Override
    public ErrorTranslator errors() {
        return SqliteErrors.INSTANCE;
    }

    @Override
    public DdlSpelling ddl() {
        return ddl;
    }

    @Override
    public LockSql locks() {
        return locks;
    }

    @Override
    public JsonSql json() {
        return json;
    }

    @Override
    protected ValueCodec createCodec(Storage storage) {
        return switch (storage) {
            case STRING, JSON -> Codecs.STRING;
            case INT -> Codecs.INT;
            case LONG -> Codecs.LONG;
            case SHORT -> Codecs.SHORT;
            case FLOAT -> Codecs.FLOAT;
            case DOUBLE -> Codecs.DOUBLE;
            case DECIMAL -> Codecs.DECIMAL_AS_DOUBLE;
            case BOOLEAN -> Codecs.BOOLEAN_AS_INT;
            case TIMESTAMP -> Codecs.TIMESTAMP_AS_TEXT;
            case DATE -> Codecs.DATE_AS_TEXT;
            case TIME -> Codecs.TIME_AS_TEXT;
            case BYTES -> Codecs.BYTES;
            case UUID -> Codecs.UUID_AS_TEXT;
            case ARRAY -> Codecs.unsupported("Array fields", "SQLite");
        };
    }

    @Override
    public String foreignKeyCheck() {
        return "PRAGMA foreign_key_check";
    }

    @Override
    public String limitOffset(Long limit, long offset) {
        if (limit == null && offset > 0) {
            // SQLite: OFFSET needs a LIMIT; -1 means none
            return " LIMIT -1 OFFSET " + offset;
        }
        return super.limitOffset(limit, offset);
    }

    @Override
    public String regex(String lhs, String pattern, boolean caseInsensitive) {
        return caseInsensitive ? lhs + " REGEXP ('(?iu)' || " + pattern + ")" : lhs + " REGEXP " + pattern;
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

    @Override
    public void checkPattern(LookupType type, Object pattern) {
        // SQLite's LIKE stops reading a pattern at a NUL character, so "a\0b" would match as "a" (and a
        // pattern starting with NUL as everything); refuse it, as PostgreSQL refuses NUL in any text
        if (pattern instanceof String s && s.indexOf('\0') >= 0) {
            throw new DataError("The " + type.lookupName() + " lookup cannot match text holding a NUL character (U+0000) on SQLite,"
                    + " whose LIKE stops at it; remove the NUL from the value", null);
        }
    }

    @Override
    public String explain(String sql) {
        return "EXPLAIN QUERY PLAN " + sql;
    }

    @Override
    public dev.covet.orm.sql.SearchSql search() {
        return SqliteSearch.INSTANCE;
    }
}
