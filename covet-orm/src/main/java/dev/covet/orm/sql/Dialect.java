package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.LookupType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that differs between databases: capabilities as data ({@link #features()}), then one
 * method per difference in how queries are spelled (quoting, codecs, functions, casts, limits, regular
 * expressions, EXPLAIN). Larger differences are roles the dialect hands out, one idea each: JSON
 * ({@link #json()}), locking reads ({@link #locks()}), dates and times ({@link #dates()}), writes
 * ({@link #writes()}), full-text search ({@link #search()}), DDL ({@link #ddl()}), the driver-error
 * table ({@link #errors()}) and connection settings with the URL schemes ({@link #connection()}).
 * The rest of Covet never asks which database it talks to. Implementations are immutable and thread-safe.
 */
public abstract class Dialect {
    private final Map<Storage, ValueCodec> codecs = new EnumMap<>(Storage.class);
    private final Map<Class<?>, ExpressionRenderer<?>> ownRenderers = new java.util.HashMap<>();

    protected Dialect() {
        for (Storage s : Storage.values()) {
            codecs.put(s, createCodec(s));
        }
    }

    /**
     * {@code sqlite}, {@code postgresql} or {@code mysql}.
     *
     * @return the dialect's name
     */
    public abstract String name();

    /**
     * The database's capabilities as flags (Django's {@code connection.features}).
     *
     * @return this dialect's features
     */
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

    /**
     * The codec for values of {@code storage} (null: let the driver decide).
     *
     * @param storage how the values are stored; null for values whose storage is unknown
     * @return the codec, never null ({@link Codecs#OBJECT} for a null storage)
     */
    public final ValueCodec codec(Storage storage) {
        return storage == null ? Codecs.OBJECT : codecs.get(storage);
    }

    // ---------------------------------------------------------------- names

    /**
     * Quotes an identifier, doubling any closing quote inside it.
     *
     * @param identifier a table, column, index or constraint name
     * @return the identifier in double quotes (MySQL: backquotes)
     */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * May a subquery under {@code IN} carry LIMIT / OFFSET (Django's {@code allow_sliced_subqueries_with_in})?
     *
     * @return true where LIMIT/OFFSET inside {@code IN (subquery)} works (default true)
     */
    public boolean allowsSlicedSubqueriesWithIn() {
        return true;
    }

    // ---------------------------------------------------------------- checks and locks on the whole database

    /**
     * A query listing rows whose foreign keys point nowhere (table, row, target), or null where the database checks by itself.
     *
     * @return the query, or null by default
     */
    public String foreignKeyCheck() {
        return null;
    }

    /**
     * The query that takes a named lock held by the session, answering 1 when taken; null where there is none.
     *
     * @param name the lock's name
     * @param timeout how long to wait for the lock
     * @return the query, or null where the database has no advisory locks (default)
     */
    public Sql advisoryLock(String name, java.time.Duration timeout) {
        return null;
    }

    /**
     * The statement that releases {@link #advisoryLock}.
     *
     * @param name the lock's name, as given to {@link #advisoryLock}
     * @return the statement, or null where there are no advisory locks (default)
     */
    public Sql advisoryUnlock(String name) {
        return null;
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
     *
     * @param storage the constant's storage
     * @return the placeholder, a bare {@code ?} by default (PostgreSQL casts it)
     */
    public String typedParameter(Storage storage) {
        return "?";
    }

    /**
     * The name of SQL function {@code name} on this database ({@code LENGTH} counts characters everywhere).
     *
     * @param name the function's name as Covet spells it
     * @return the name this database uses ({@code STRINDEX} is {@code INSTR} by default)
     */
    public String function(String name) {
        return name.equals("STRINDEX") ? "INSTR" : name;
    }

    /**
     * The type {@code CAST(x AS type)} names for values of {@code storage}.
     *
     * @param storage the values' storage
     * @return the SQL type name
     * @throws dev.covet.orm.exception.NotSupportedError for a storage the database cannot cast to
     */
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
     * The terms an ORDER BY on {@code e} sorts by: {@code e} itself, unless the database would order its
     * values wrongly that way (MariaDB orders a JSON key's numbers as text).
     *
     * @param e the expression ordered by
     * @return the expressions to put in ORDER BY, by default {@code e} alone
     */
    public List<dev.covet.orm.query.Expression> orderExpressions(dev.covet.orm.query.Expression e) {
        return List.of(e);
    }

    /**
     * Full-text search on this database: its search indexes, matches and ranks.
     *
     * @return the full-text search SQL of this database
     * @throws dev.covet.orm.exception.NotSupportedError where the database has no full-text search (default)
     */
    public SearchSql search() {
        throw new NotSupportedError("Full-text search is not supported on " + name());
    }

    /**
     * The LIMIT / OFFSET clause, with a leading space, or empty. Values are computed numbers, never user text.
     *
     * @param limit the number of rows at most, or null for no limit
     * @param offset the rows to skip; 0 for none
     * @return the clause, or the empty string when there is neither
     */
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
     *
     * @param sql the expression's SQL
     * @return the SQL wrapped in {@code UPPER(...)}
     */
    public String upper(String sql) {
        return "UPPER(" + sql + ")";
    }

    /**
     * Refuses, before anything is sent, a regex {@code pattern} whose work this database could not bound
     * or interrupt; the default accepts every pattern.
     *
     * @param pattern the regular expression, as the caller wrote it
     */
    public void checkRegex(String pattern) {
    }

    /**
     * {@code lhs} matches the regular expression {@code pattern} somewhere.
     *
     * @param lhs the SQL of the value matched
     * @param pattern the SQL of the pattern (usually a placeholder)
     * @param caseInsensitive whether case is ignored ({@code iregex})
     * @return the condition's SQL
     */
    public abstract String regex(String lhs, String pattern, boolean caseInsensitive);

    /**
     * Joins strings in SQL (Django's {@code Concat}): {@code ||} by default, {@code CONCAT(...)} on MySQL.
     *
     * @param parts the SQL of each part, in order
     * @return the SQL of the joined text
     */
    public String concat(List<String> parts) {
        return "(" + String.join(" || ", parts) + ")";
    }

    /**
     * A random number, for {@code orderBy("?")} (Django's {@code Random}).
     *
     * @return the SQL function call, {@code RANDOM()} by default ({@code RAND()} on MySQL)
     */
    public String random() {
        return "RANDOM()";
    }

    /**
     * Refuses a LIKE pattern this database would not match exactly, before it is sent; by default
     * every pattern is matched as written.
     *
     * @param type the lookup the pattern serves ({@code contains}, {@code startswith}, ...)
     * @param pattern the value the caller gave the lookup
     */
    public void checkPattern(LookupType type, Object pattern) {
    }

    /**
     * A statement that asks the server for nothing but an answer (sent once when a database opens).
     *
     * @return the statement, {@code SELECT 1} by default
     */
    public String ping() {
        return "SELECT 1";
    }

    /**
     * The statement that shows the plan of {@code sql}.
     *
     * @param sql the statement to explain
     * @return the statement with {@code EXPLAIN} in front by default
     */
    public String explain(String sql) {
        return "EXPLAIN " + sql;
    }

    /**
     * The statement that shows the plan of {@code sql} in {@code format}, running it when {@code analyze}.
     * Options are enums, so no caller text reaches the statement.
     *
     * @param sql the statement to explain
     * @param format the output format
     * @param analyze whether to run the statement and report what happened
     * @return the statement
     * @throws dev.covet.orm.exception.NotSupportedError for a format or analyze the database does not offer
     */
    public String explain(String sql, dev.covet.orm.query.ExplainFormat format, boolean analyze) {
        if (format == dev.covet.orm.query.ExplainFormat.TEXT && !analyze) {
            return explain(sql);
        }
        throw new NotSupportedError("explain(" + format + (analyze ? ", analyze" : "") + ") is not supported on " + name()
                + "; choices here are explain(TEXT, false)");
    }

    // ---------------------------------------------------------------- JSON and locking reads

    /**
     * How this database reads JSON values: keys, key text, key presence and containment.
     *
     * @return this dialect's JSON reading
     */
    public abstract JsonSql json();

    /**
     * How this database spells a locking read ({@code FOR UPDATE} and its options).
     *
     * @return this dialect's locking reads
     */
    public abstract LockSql locks();

    /**
     * How this database extracts date parts, truncates dates and times, and says what time it is.
     *
     * @return this dialect's date and time SQL
     */
    public abstract DateSql dates();

    /**
     * How this database spells upserts, INSERTs of defaults and CASE values in bulk updates.
     *
     * @return this dialect's write SQL
     */
    public abstract WriteSql writes();

    // ---------------------------------------------------------------- schema

    /**
     * How this database's schema is written and changed: column types, CREATE / ALTER / DROP statements,
     * constraints, and whole databases for test runs.
     *
     * @return this dialect's DDL
     */
    public abstract DdlSpelling ddl();

    // ---------------------------------------------------------------- errors

    /**
     * This database's table from driver errors to Covet exceptions.
     *
     * @return this dialect's error translator
     */
    public abstract ErrorTranslator errors();

    // ---------------------------------------------------------------- connections

    /**
     * How Covet reaches this database and sets up its sessions: URL schemes, default port, JDBC driver
     * and URL, connection setup and statement timeouts.
     *
     * @return this dialect's connection settings
     */
    public abstract ConnectionSettings connection();

    // ---------------------------------------------------------------- the server

    /**
     * Does a cursor stream rows only inside a transaction (else the driver reads them all at once)?
     *
     * @return true where streaming needs a transaction (PostgreSQL), false by default
     */
    public boolean cursorsNeedTransaction() {
        return false;
    }

    /**
     * The schema whose tables are Covet's on {@code connection}, or null where the catalog says it.
     *
     * @param connection an open connection
     * @return the schema name, or null by default
     * @throws SQLException if asking the server fails
     */
    public String tableSchema(Connection connection) throws SQLException {
        return null;
    }

    /**
     * A dialect tuned to the server it turned out to be (version, MariaDB or MySQL).
     *
     * @param product the server's product name, as the driver reports it
     * @param version the server's version string
     * @return the tuned dialect, by default this one
     */
    public Dialect forServer(String product, String version) {
        return this;
    }

    // ---------------------------------------------------------------- replicas

    /**
     * The query for how far a replica lags, in seconds, with the column to read; null where the database does not say.
     *
     * @return the query, or null (default)
     */
    public LagQuery replicaLag() {
        return null;
    }
}
