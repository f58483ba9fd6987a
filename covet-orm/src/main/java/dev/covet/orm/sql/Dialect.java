package dev.covet.orm.sql;

import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.Transform;
import dev.covet.orm.sql.ddl.ColumnType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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

    /**
     * How this database loads many rows faster than INSERTs ({@code bulkCreate} of large lists), if it has a way.
     *
     * @return the loader, or null to always send multi-row INSERTs
     */
    public BulkLoader bulkLoader() {
        return null;
    }

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
        try {
            return columnType(ColumnType.of(field));
        } catch (NotSupportedError e) {
            throw new NotSupportedError(e.getMessage() + " (" + field + ")");
        }
    }

    /** The type of a column that holds values of {@code target} (a foreign key, a junction key). */
    public final String keyColumnType(FieldInfo target) {
        return columnType(ColumnType.keyOf(target));
    }

    /** The SQL type of a column described apart from any model class (migrations render from these). */
    public final String columnType(ColumnType type) {
        if (type.kind() == FieldKind.RELATION || type.kind() == FieldKind.MANY_TO_MANY) {
            throw new IllegalArgumentException(type.kind() + " has no column type of its own");
        }
        if (type.autoKeyReference()) {
            return autoKeyReferenceType(type.kind());
        }
        String custom = type.customFor(name());
        return custom != null ? custom : typeOf(type);
    }

    /** May a subquery under {@code IN} carry LIMIT / OFFSET (Django's {@code allow_sliced_subqueries_with_in})? */
    public boolean allowsSlicedSubqueriesWithIn() {
        return true;
    }

    /** Does the database index a foreign key column by itself (so Covet need not)? */
    public boolean indexesForeignKeys() {
        return false;
    }

    /** The type of a non-relation column. */
    protected abstract String typeOf(ColumnType type);

    /** The type of a column that points at an auto-increment key of {@code kind}. */
    protected abstract String autoKeyReferenceType(FieldKind kind);

    /** The definition (after the name) of an auto-increment primary key column of {@code kind}. */
    public abstract String autoIncrementColumn(FieldKind kind);

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

    // ---------------------------------------------------------------- schema changes

    /** Can an index be built without blocking writes ({@code CREATE INDEX CONCURRENTLY}, outside a transaction)? */
    public boolean buildsIndexesConcurrently() {
        return false;
    }

    /**
     * What adding the CHECK {@code constraint} to {@code model}'s table locks on this database, with the safer
     * way, for the migration linter; null where adding one is cheap.
     */
    public String checkConstraintLockAdvice(String constraint, String model) {
        return null;
    }

    /** What a column type change costs here beyond a table rewrite, for the migration linter (with a leading space), or empty. */
    public String typeChangeNote() {
        return "";
    }

    /** Does this database alter a table by rebuilding it (new table, copy, swap) rather than with ALTER TABLE? */
    public boolean rebuildsTablesToAlter() {
        return false;
    }

    /** Statements run outside any transaction before a schema change (SQLite: foreign keys off while tables are swapped). */
    public List<String> beforeSchemaChange() {
        return List.of();
    }

    /** Statements that undo {@link #beforeSchemaChange()}. */
    public List<String> afterSchemaChange() {
        return List.of();
    }

    /** A query listing rows whose foreign keys point nowhere (table, row, target), or null where the database checks by itself. */
    public String foreignKeyCheck() {
        return null;
    }

    /** The query that takes a named lock held by the session, answering 1 when taken; null where there is none. */
    public Sql advisoryLock(String name, java.time.Duration timeout) {
        return null;
    }

    /** The statement that releases {@link #advisoryLock}. */
    public Sql advisoryUnlock(String name) {
        return null;
    }

    public String renameTable(String from, String to) {
        return "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to);
    }

    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    public String dropColumn(String table, String column) {
        return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
    }

    public String dropIndex(String table, String index) {
        return "DROP INDEX " + quote(index);
    }

    /** Renames an index, or null where the database cannot (drop and create it again instead). */
    public String renameIndex(String table, String from, String to) {
        return "ALTER INDEX " + quote(from) + " RENAME TO " + quote(to);
    }

    /**
     * {@code value} written as a literal, for DDL (a constraint's condition), which takes no parameters:
     * numbers, booleans, dates, UUIDs and strings; anything else fails rather than be written unsafely.
     */
    public String literal(Object value) {
        return switch (value) {
            case null -> "NULL";
            case Boolean b -> b ? "TRUE" : "FALSE";
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case java.math.BigInteger b -> b.toString();
            case java.math.BigDecimal b -> b.toPlainString();
            case Double x when Double.isFinite(x) -> x.toString();
            case Float x when Float.isFinite(x) -> x.toString();
            case java.time.LocalDate date -> "'" + date + "'";
            case java.util.UUID u -> "'" + u + "'";
            case String s -> stringLiteral(s);
            default -> throw new dev.covet.orm.exception.NotSupportedError("A constraint's condition cannot hold the value " + value
                    + " (" + value.getClass().getSimpleName() + "): use numbers, booleans, dates or strings");
        };
    }

    /** A string literal: quotes doubled; a NUL character is refused. */
    protected String stringLiteral(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new dev.covet.orm.exception.NotSupportedError("A constraint's condition cannot hold a string with a NUL character");
        }
        return "'" + s.replace("'", "''") + "'";
    }

    /**
     * A query whose rows' first column names each CHECK constraint of {@code table} (on SQLite: the
     * table's CREATE statement, which {@link #checkNames} reads the names from).
     */
    public Sql checkConstraintsQuery(String table) {
        return new Sql("SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = to_regclass(?)",
                List.of(dev.covet.orm.query.Value.of(quote(table))));
    }

    /** The CHECK constraint names in the rows of {@link #checkConstraintsQuery}. */
    public List<String> checkNames(List<String> rows) {
        return rows;
    }

    /** Can a unique constraint hold only for the rows matching a condition (a partial unique index)? */
    public boolean supportsPartialUniques() {
        return true;
    }

    /** What kind of constraint a statement drops (MySQL drops each with its own words). */
    public enum ConstraintKind { UNIQUE, FOREIGN_KEY, CHECK }

    public String dropConstraint(String table, String name, ConstraintKind kind) {
        return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name);
    }

    /**
     * Changes a column's type and nullability ({@code definition} is its type, with NOT NULL when it
     * may not be null); the column keeps its name.
     */
    public List<String> alterColumn(String table, String column, String type, boolean nullableBefore, boolean nullable,
                                    boolean typeChanged) {
        List<String> out = new java.util.ArrayList<>();
        String head = "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column);
        if (typeChanged) {
            out.add(head + " TYPE " + type + " USING " + quote(column) + "::" + type);
        }
        if (nullable != nullableBefore) {
            out.add(head + (nullable ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        return out;
    }

    /**
     * Statements that delete every row of {@code tables}, given dependents first, run in one
     * transaction on one connection (a test's truncation between tests).
     */
    public List<String> deleteAllRows(List<String> tables) {
        return tables.stream().map(t -> "DELETE FROM " + quote(t)).toList();
    }

    /** Statements that undo session settings {@link #deleteAllRows} made, run even when a delete failed. */
    public List<String> afterDeletingAllRows() {
        return List.of();
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

    /**
     * The text at a JSON key path of {@code source} (Django's {@code KeyTextTransform}): a string without its
     * quotes, other values as their JSON text. SQLite's {@code json_extract} already gives that.
     */
    public Sql jsonKeyText(Sql source, List<Object> path) {
        return jsonKey(source, path);
    }

    /** {@code source} (a JSON object) has {@code key}. */
    public Sql jsonHasKey(Sql source, String key) {
        return source.wrap("json_type(", ", ?) IS NOT NULL").append(Sql.of("", Value.of(jsonPath(List.of(key)))));
    }

    /** The JSON text at a key path of {@code source} (SQL NULL where the key is missing), for reading the value. */
    public Sql jsonKeyJson(Sql source, List<Object> path) {
        return source.wrap("(", " -> ?)").append(Sql.of("", Value.of(jsonPath(path))));
    }

    /**
     * The JSON at {@code path} of {@code source} contains {@code json} (or, {@code containedBy}, is contained
     * by it). SQLite has no containment test for JSON.
     */
    public Sql jsonContains(Sql source, List<Object> path, Sql json, boolean containedBy) {
        throw new NotSupportedError((containedBy ? "contained_by" : "contains") + " on a JSON field is not supported on "
                + name() + "; use has_key or key paths (metadata__tags__0) instead");
    }

    /**
     * The terms an ORDER BY on {@code e} sorts by: {@code e} itself, unless the database would order its
     * values wrongly that way (MariaDB orders a JSON key's numbers as text).
     */
    public List<dev.covet.orm.query.Expression> orderExpressions(dev.covet.orm.query.Expression e) {
        return List.of(e);
    }

    /** Full-text search on this database: its search indexes, matches and ranks. */
    public SearchSql search() {
        throw new NotSupportedError("Full-text search is not supported on " + name());
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

    /**
     * {@code sql} in capitals, for the case-insensitive lookups. Upper case, as Django uses: lower-casing
     * misses letters with two lower-case forms (Greek final sigma {@code ς} and {@code σ} are both
     * {@code Σ}), and the databases' per-letter mappings agree on capitals.
     */
    public String upper(String sql) {
        return "UPPER(" + sql + ")";
    }

    /**
     * Refuses, before anything is sent, a regex {@code pattern} whose work this database could not bound
     * or interrupt; the default accepts every pattern.
     */
    public void checkRegex(String pattern) {
    }

    /** {@code lhs} matches the regular expression {@code pattern} somewhere. */
    public abstract String regex(String lhs, String pattern, boolean caseInsensitive);

    /** A date or time part of {@code sql} as an integer (or a date, for {@link Transform.Kind#DATE}). */
    public abstract String extract(Transform.Kind kind, String sql);

    /**
     * {@code source} (a datetime, or a date when {@code date}) truncated to {@code kind} in UTC: a datetime
     * stays a datetime and a date a date; {@code DATE} gives a date and {@code TIME} a time of day.
     */
    public Sql truncate(dev.covet.orm.query.functions.Trunc.Kind kind, boolean date, Sql source) {
        throw new NotSupportedError("Trunc is not supported on " + name());
    }

    /**
     * A constant as DDL writes it (a column's DEFAULT; DDL takes no parameters): numbers as written, text,
     * dates and times quoted with quotes doubled. The values come from {@link dev.covet.orm.sql.ddl.ColumnDefault}, checked.
     */
    public String ddlLiteral(Object value) {
        return switch (value) {
            case BigDecimal n -> n.toPlainString();
            case Number n -> n.toString();
            case Boolean b -> b ? "TRUE" : "FALSE";
            case java.time.Instant i -> "'" + Codecs.TIMESTAMP_TEXT.format(i.atOffset(java.time.ZoneOffset.UTC)) + "'";
            case java.time.LocalTime t -> "'" + Codecs.TIME_TEXT.format(t) + "'";
            default -> "'" + value.toString().replace("'", "''") + "'";
        };
    }

    /** The current date and time in UTC, as this database stores a datetime. */
    public String now() {
        return "CURRENT_TIMESTAMP";
    }

    public String concat(List<String> parts) {
        return "(" + String.join(" || ", parts) + ")";
    }

    public String random() {
        return "RANDOM()";
    }

    /**
     * Driver properties that bound opening a connection ({@code connect}, login included) and waiting
     * for the server's answer ({@code socket}); none for an embedded database.
     */
    public Map<String, String> timeoutProperties(Duration connect, Duration socket) {
        return Map.of();
    }

    /**
     * Refuses a LIKE pattern this database would not match exactly, before it is sent; by default
     * every pattern is matched as written.
     */
    public void checkPattern(LookupType type, Object pattern) {
    }

    /** The clause of a locking read that takes a share lock, with a leading space. */
    protected String shareLockClause() {
        return " FOR SHARE";
    }

    /**
     * The clause (leading space) that makes an INSERT skip rows whose unique key exists already, and
     * only those: other errors (a missing foreign key) still raise. {@code column} is one quoted column
     * of the table. PostgreSQL and SQLite (3.24+) spell it {@code ON CONFLICT DO NOTHING}.
     */
    public String ignoreDuplicates(String column) {
        return " ON CONFLICT DO NOTHING";
    }

    /** Can a locking read name the tables it locks ({@code FOR UPDATE OF t})? */
    public boolean supportsLockOf() {
        return false;
    }

    /** {@code " OF "} and the quoted tables (aliases) a lock is limited to, or empty; refused where the database cannot. */
    protected final String lockOf(Query.Lock lock, List<String> tables) {
        if (lock.of().isEmpty()) {
            return "";
        }
        if (!supportsLockOf()) {
            throw new NotSupportedError("selectForUpdate(of=...) is not supported on " + name()
                    + (features().supportsSelectForUpdate() ? ": it has no FOR UPDATE OF" : ": it locks the whole database"));
        }
        return tables.isEmpty() ? "" : " OF " + String.join(", ", tables.stream().map(this::quote).toList());
    }

    /** The locking clause for {@code selectForUpdate()}, with a leading space. */
    public String lockClause(Query.Lock lock) {
        return lockClause(lock, List.of());
    }

    /** The locking clause for {@code selectForUpdate()}, limited to {@code tables} (aliases) when it names some. */
    public String lockClause(Query.Lock lock, List<String> tables) {
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
        String of = lockOf(lock, tables);
        if (lock.shared()) {
            return shareLockClause();
        }
        return " FOR UPDATE" + of + (lock.nowait() ? " NOWAIT" : "") + (lock.skipLocked() ? " SKIP LOCKED" : "");
    }

    /** A statement that asks the server for nothing but an answer (sent once when a database opens). */
    public String ping() {
        return "SELECT 1";
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
            throw new dev.covet.orm.exception.FieldError("An upsert on " + name() + " needs the unique fields that decide a conflict");
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

    // ---------------------------------------------------------------- statement timeouts

    /**
     * The statement that limits every statement on a new connection to {@code millis}, or null where
     * the database has no such session setting (then every statement goes through {@link #limitStatement}).
     */
    public String sessionStatementTimeout(long millis) {
        return null;
    }

    /**
     * Limits the next statement on {@code connection} to {@code millis} and returns the text to run
     * (a database may carry the limit in the statement itself). {@link #endLimit} always follows.
     */
    public String limitStatement(Connection connection, String sql, long millis) throws SQLException {
        return sql;
    }

    /** Ends what {@link #limitStatement} began; {@code sessionMillis} is the connection's own limit (0: none). */
    public void endLimit(Connection connection, long sessionMillis) throws SQLException {
    }

    /**
     * Prepares a connection that Covet did not open (from a {@code DataSource} the application gave it),
     * once per physical connection: what {@link #jdbc} asks of Covet's own connections as driver
     * properties is set here on the open session, then {@link #initialize} runs.
     */
    public void prepareGiven(Connection connection) throws SQLException {
        initialize(connection);
    }

    /**
     * Driver properties a given {@code DataSource} should open its connections with: the settings
     * {@link #prepareGiven} cannot make on a session that is already inside a transaction (an outer
     * transaction manager may begin one before Covet meets the connection). A pool configurer applies them.
     */
    public Map<String, String> givenDataSourceProperties() {
        return Map.of();
    }

    /**
     * Does the driver run native code, which would pin a virtual thread to its carrier (so that async
     * calls need platform threads)?
     */
    public boolean driverRunsNativeCode() {
        return false;
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

    // ---------------------------------------------------------------- replicas

    /** The statement that makes a new session refuse writes (a replica's connections), or null where there is none. */
    public String readOnlySession() {
        return "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
    }

    /** Did {@code e} refuse a write because the session or the server only reads (SQLSTATE 25006)? */
    public boolean isReadOnlyViolation(SQLException e) {
        return "25006".equals(e.getSQLState());
    }

    /** The query for how far a replica lags, in seconds, with the column to read; null where the database does not say. */
    public LagQuery replicaLag() {
        return null;
    }

    /** The Covet exception for a driver error; {@code sql} is the statement that failed. */
    public abstract CovetException translate(SQLException e, String sql);

    protected static String describe(SQLException e, String sql) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                message = "The server did not answer within the socket timeout (socketTimeout), so the connection was given up: " + message;
                break;
            }
        }
        return sql == null ? message : message + " [SQL: " + sql + "]";
    }
}
