package dev.covet.orm.sql.sqlite;

import dev.covet.orm.exception.DataError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.sql.Codecs;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.sql.ConditionalRenderers;
import dev.covet.orm.sql.ConnectionSettings;
import dev.covet.orm.sql.DdlSpelling;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.WriteSql;
import dev.covet.orm.sql.DateSql;
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
    private final SqliteDates dates = new SqliteDates(this);
    private final SqliteWrites writes = new SqliteWrites(this);

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
    public WriteSql writes() {
        return writes;
    }

    @Override
    public DateSql dates() {
        return dates;
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
