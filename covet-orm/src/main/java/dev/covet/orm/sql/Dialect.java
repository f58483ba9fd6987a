package dev.covet.orm.sql;

import dev.covet.orm.CovetException;
import dev.covet.orm.NotSupportedError;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.Transform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that differs between databases: capabilities as data ({@link #features()}), then one
 * method per difference (types, quoting, limits, date parts, regular expressions, locking, error
 * codes, connection setup). The rest of Covet never asks which database it talks to.
 * Implementations are immutable and thread-safe.
 */
public abstract class Dialect {
    private final Map<Storage, ValueCodec> codecs = new EnumMap<>(Storage.class);
    private final Map<Class<?>, ExpressionRenderer<?>> ownRenderers = new java.util.HashMap<>();

    protected Dialect() {
        for (Storage s : Storage.values()) {
            codecs.put(s, createCodec(s));
        }
    }

    /** {@code sqlite}, {@code postgresql} or {@code mysql}. */
    public abstract String name();

    public abstract Features features();

    // ---------------------------------------------------------------- values

    /** Builds the codec for one storage; called once per dialect instance. */
    protected abstract ValueCodec createCodec(Storage storage);

    /** The codec for values of {@code storage} (null: let the driver decide). */
    public final ValueCodec codec(Storage storage) {
        return storage == null ? Codecs.OBJECT : codecs.get(storage);
    }

    // ---------------------------------------------------------------- names and types

    /** Quotes an identifier, doubling any closing quote inside it. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The column type of a field (for a relation: the type of the key it holds). */
    public final String columnType(FieldInfo field) {
        if (field.kind() == FieldKind.RELATION) {
            return keyColumnType(field.relation().targetField());
        }
        return typeOf(field);
    }

    /** The type of a column that holds values of {@code target} (a foreign key, a junction key). */
    public final String keyColumnType(FieldInfo target) {
        if (target.kind() == FieldKind.RELATION) {
            return keyColumnType(target.relation().targetField());
        }
        return target.isAutoIncrement() ? autoKeyReferenceType(target.kind()) : typeOf(target);
    }

    /** Does the database index a foreign key column by itself (so Covet need not)? */
    public boolean indexesForeignKeys() {
        return false;
    }

    /** The type of a non-relation field. */
    protected abstract String typeOf(FieldInfo field);

    /** The type of a column that points at an auto-increment key of {@code kind}. */
    protected abstract String autoKeyReferenceType(FieldKind kind);

    /** The definition (after the name) of an auto-increment primary key column. */
    public abstract String autoIncrementColumn(FieldInfo pk);

    /** Text after the closing parenthesis of CREATE TABLE. */
    public String tableOptions() {
        return "";
    }

    /** Does a foreign key constraint wait until commit? */
    public String foreignKeyTiming() {
        return "";
    }

    public String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + quote(table);
    }

    // ---------------------------------------------------------------- expressions

    /**
     * Renders nodes of {@code type} this dialect's way (Django's {@code as_postgresql}); called from a
     * dialect's constructor. A renderer a user registers for the dialect by name still wins.
     */
    protected final <E extends dev.covet.orm.query.Expression> void override(Class<E> type, ExpressionRenderer<? super E> renderer) {
        ownRenderers.put(type, renderer);
    }

    /** This dialect's own renderer for exactly {@code type}, or null. */
    final ExpressionRenderer<?> ownRenderer(Class<?> type) {
        return ownRenderers.get(type);
    }

    /**
     * The placeholder for a constant of {@code storage} where the database cannot infer its type from
     * the context (a CASE branch, a function argument).
     */
    public String typedParameter(Storage storage) {
        return "?";
    }

    /** The name of SQL function {@code name} on this database ({@code LENGTH} counts characters everywhere). */
    public String function(String name) {
        return name.equals("STRINDEX") ? "INSTR" : name;
    }

    /** The type {@code CAST(x AS type)} names for values of {@code storage}. */
    public String castType(Storage storage) {
        return switch (storage) {
            case STRING -> "TEXT";
            case INT, SHORT -> "INTEGER";
            case LONG -> "BIGINT";
            case FLOAT, DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "NUMERIC";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            default -> throw new NotSupportedError("Cannot cast to " + storage + " on " + name());
        };
    }

    /**
     * The value at a JSON key path of {@code source}: keys are checked names, indexes numbers; the
     * path travels as a parameter. SQLite's {@code json_extract} returns numbers and text as SQL values.
     */
    public Sql jsonKey(Sql source, List<Object> path) {
        return source.wrap("json_extract(", ", ?)").append(Sql.of("", Value.of(jsonPath(path))));
    }

    /** {@code source} (a JSON object) has {@code key}. */
    public Sql jsonHasKey(Sql source, String key) {
        return source.wrap("json_type(", ", ?) IS NOT NULL").append(Sql.of("", Value.of(jsonPath(List.of(key)))));
    }

    /** {@code $."key"[0]}: the keys were checked to be names or indexes, so none holds a quote. */
    protected static String jsonPath(List<Object> path) {
        StringBuilder out = new StringBuilder("$");
        for (Object step : path) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(".\"").append(step).append('"');
            }
        }
        return out.toString();
    }

    /** The LIMIT / OFFSET clause, with a leading space, or empty. Values are computed numbers, never user text. */
    public String limitOffset(Long limit, long offset) {
        StringBuilder out = new StringBuilder();
        if (limit != null) {
            out.append(" LIMIT ").append(limit);
        }
        if (offset > 0) {
            out.append(" OFFSET ").append(offset);
        }
        return out.toString();
    }

    public String lower(String sql) {
        return "LOWER(" + sql + ")";
    }

    /** {@code lhs} matches the regular expression {@code pattern} somewhere. */
    public abstract String regex(String lhs, String pattern, boolean caseInsensitive);

    /** A date or time part of {@code sql} as an integer (or a date, for {@link Transform.Kind#DATE}). */
    public abstract String extract(Transform.Kind kind, String sql);

    public String concat(List<String> parts) {
        return "(" + String.join(" || ", parts) + ")";
    }

    public String random() {
        return "RANDOM()";
    }

    /** The locking clause for {@code selectForUpdate()}, with a leading space. */
    public String lockClause(Query.Lock lock) {
        Features f = features();
        if (!f.supportsSelectForUpdate()) {
            throw new NotSupportedError("selectForUpdate() is not supported on " + name());
        }
        if (lock.nowait() && !f.supportsNowait()) {
            throw new NotSupportedError("selectForUpdate(nowait) is not supported on " + name());
        }
        if (lock.skipLocked() && !f.supportsSkipLocked()) {
            throw new NotSupportedError("selectForUpdate(skipLocked) is not supported on " + name());
        }
        if (lock.noKey()) {
            throw new NotSupportedError("selectForUpdate(noKey) (FOR NO KEY UPDATE) is only supported on PostgreSQL, not on " + name());
        }
        return " FOR UPDATE" + (lock.nowait() ? " NOWAIT" : "") + (lock.skipLocked() ? " SKIP LOCKED" : "");
    }

    /** The placeholder for a value of {@code field} inside a CASE branch (where some databases cannot infer its type). */
    public String caseValue(FieldInfo field) {
        return "?";
    }

    /**
     * The clause after an INSERT's VALUES that skips (no {@code updateColumns}) or updates a row that
     * conflicts on {@code uniqueColumns} ({@code ON CONFLICT ... DO NOTHING / DO UPDATE}); names are checked columns.
     */
    public String onConflict(List<String> uniqueColumns, List<String> updateColumns, String keyColumn) {
        if (updateColumns.isEmpty()) {
            return " ON CONFLICT DO NOTHING";
        }
        if (uniqueColumns.isEmpty()) {
            throw new dev.covet.orm.FieldError("An upsert on " + name() + " needs the unique fields that decide a conflict");
        }
        List<String> sets = new java.util.ArrayList<>();
        for (String c : updateColumns) {
            sets.add(quote(c) + " = EXCLUDED." + quote(c));
        }
        List<String> unique = uniqueColumns.stream().map(this::quote).toList();
        return " ON CONFLICT (" + String.join(", ", unique) + ") DO UPDATE SET " + String.join(", ", sets);
    }

    /** An INSERT of a row that takes every column's default. */
    public String insertDefaults(String table) {
        return "INSERT INTO " + quote(table) + " DEFAULT VALUES";
    }

    /** The statement that shows the plan of {@code sql}. */
    public String explain(String sql) {
        return "EXPLAIN " + sql;
    }

    /**
     * The statement that shows the plan of {@code sql} in {@code format}, running it when {@code analyze}.
     * Options are enums, so no caller text reaches the statement.
     */
    public String explain(String sql, dev.covet.orm.query.ExplainFormat format, boolean analyze) {
        if (format == dev.covet.orm.query.ExplainFormat.TEXT && !analyze) {
            return explain(sql);
        }
        throw new NotSupportedError("explain(" + format + (analyze ? ", analyze" : "") + ") is not supported on " + name()
                + "; choices here are explain(TEXT, false)");
    }

    // ---------------------------------------------------------------- connections and errors

    /** The JDBC URL and driver properties for {@code url}. */
    public abstract JdbcTarget jdbc(DatabaseUrl url);

    /** Prepares each new physical connection (functions, pragmas, session settings). */
    public void initialize(Connection connection) throws SQLException {
    }

    // ---------------------------------------------------------------- whole databases (test runs)

    /** The statement that creates database {@code name} on a server (a checked identifier). */
    public String createDatabase(String name) {
        throw new NotSupportedError(name() + " keeps a database in a file; there is no server to create one on");
    }

    /** The statement that drops database {@code name}, closing other sessions on it where the server allows. */
    public String dropDatabase(String name) {
        throw new NotSupportedError(name() + " keeps a database in a file; delete the file instead");
    }

    /** A query whose single column lists the server's databases. */
    public String listDatabases() {
        throw new NotSupportedError(name() + " keeps a database in a file; there is no server to list");
    }

    /** Does a cursor stream rows only inside a transaction (else the driver reads them all at once)? */
    public boolean cursorsNeedTransaction() {
        return false;
    }

    /** The schema whose tables are Covet's on {@code connection}, or null where the catalog says it. */
    public String tableSchema(Connection connection) throws SQLException {
        return null;
    }

    /** A dialect tuned to the server it turned out to be (version, MariaDB or MySQL). */
    public Dialect forServer(String product, String version) {
        return this;
    }

    /** The Covet exception for a driver error; {@code sql} is the statement that failed. */
    public abstract CovetException translate(SQLException e, String sql);

    protected static String describe(SQLException e, String sql) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return sql == null ? message : message + " [SQL: " + sql + "]";
    }
}
