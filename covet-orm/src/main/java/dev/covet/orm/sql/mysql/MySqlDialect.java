package dev.covet.orm.sql.mysql;

import dev.covet.orm.query.Value;

import dev.covet.orm.sql.Sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.JsonKeyNumber;
import dev.covet.orm.query.KeyTransform;
import dev.covet.orm.sql.Codecs;
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

import java.time.Duration;
import java.util.List;

/**
 * MySQL and MariaDB (through MariaDB Connector/J). Tables use a binary, no-pad utf8mb4 collation,
 * so that {@code exact}, {@code contains} and unique constraints are case-sensitive and trailing
 * spaces count, as on PostgreSQL and SQLite; the {@code i...} lookups fold case explicitly.
 */
public final class MySqlDialect extends Dialect {
    /** PCRE backtracking steps one value may take in a MariaDB regex lookup (about a second of CPU at worst). */
    public static final int REGEX_MATCH_LIMIT = 1_000_000;
    /** Nested PCRE backtracking points one value may hold in a MariaDB regex lookup. */
    public static final int REGEX_DEPTH_LIMIT = 100_000;
    /** A backreference: {@code \1}..{@code \9}, {@code \g...}, {@code \k<name>}, {@code (?P=name)}. */
    private static final java.util.regex.Pattern BACKREFERENCE =
            java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:[1-9]|g|k)|\\(\\?P=");

    private final boolean mariadb;
    private final Features features;
    private final MySqlConnection connection;
    private final MySqlDdl ddl;
    private final MySqlJson json = new MySqlJson(this);
    private final MySqlLocks locks = new MySqlLocks(this);
    private final MySqlDates dates = new MySqlDates(this);
    private final MySqlWrites writes = new MySqlWrites(this);

    /** A dialect for an unknown server until {@link #forServer} learns which one. */
    public MySqlDialect() {
        this(true, 10, 11);
    }

    private MySqlDialect(boolean mariadb, int major, int minor) {
        this.mariadb = mariadb;
        this.connection = new MySqlConnection(mariadb);
        boolean returning = mariadb && (major > 10 || (major == 10 && minor >= 5));
        boolean skipLocked = mariadb ? (major > 10 || (major == 10 && minor >= 6)) : major >= 8;
        // WITH RECURSIVE arrived in MariaDB 10.2 and MySQL 8.0
        boolean recursiveCte = mariadb ? (major > 10 || (major == 10 && minor >= 2)) : major >= 8;
        this.features = Features.builder().returning(returning).selectForUpdate(true, skipLocked).maxParameters(65535)
                .selfReferenceNeedsDerivedTable().serverCursors().recursiveCte(recursiveCte).build();
        this.ddl = new MySqlDdl(this, mariadb ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin");
        override(JsonKeyNumber.class, (n, c) -> {
            Sql json = json().jsonKeyJson(c.compile(n.key().source()), n.key().path());
            return json.wrap("CASE WHEN JSON_TYPE(", ") IN ('INTEGER', 'DOUBLE', 'DECIMAL', 'UNSIGNED INTEGER') THEN ")
                    .append(json).append(" + 0 END");
        });
    }

    @Override
    public Dialect forServer(String product, String version) {
        boolean maria = product.toLowerCase(java.util.Locale.ROOT).contains("mariadb")
                || version.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
        String[] parts = version.split("[.-]");
        int major = parts.length > 0 ? number(parts[0]) : 0;
        int minor = parts.length > 1 ? number(parts[1]) : 0;
        return new MySqlDialect(maria, major, minor);
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Is the server MariaDB rather than MySQL? A dialect not yet tuned by {@link #forServer} assumes MariaDB.
     *
     * @return true for MariaDB
     */
    public boolean isMariaDb() {
        return mariadb;
    }

    @Override
    public String explain(String sql, dev.covet.orm.query.ExplainFormat format, boolean analyze) {
        String formatClause = format == dev.covet.orm.query.ExplainFormat.JSON ? "FORMAT=JSON " : "";
        if (!analyze) {
            return "EXPLAIN " + formatClause + sql;
        }
        // MariaDB runs and measures a statement with ANALYZE; MySQL 8 with EXPLAIN ANALYZE (text only)
        if (mariadb) {
            return "ANALYZE " + formatClause + sql;
        }
        if (format == dev.covet.orm.query.ExplainFormat.JSON) {
            throw new NotSupportedError("explain(JSON, analyze) is not supported on MySQL; use explain(TEXT, true)");
        }
        return "EXPLAIN ANALYZE " + sql;
    }

    @Override
    public List<Expression> orderExpressions(Expression e) {
        // JSON_UNQUOTE gives text, so 10 would sort before 5: numbers first by value, then the text
        return e instanceof KeyTransform k ? List.of(new JsonKeyNumber(k), k) : List.of(e);
    }

    @Override
    public String function(String name) {
        // MariaDB's LENGTH counts bytes
        return name.equals("LENGTH") ? "CHAR_LENGTH" : super.function(name);
    }

    @Override
    public String castType(Storage storage) {
        // MariaDB casts to a few type names only
        return switch (storage) {
            case STRING -> "CHAR";
            case INT, SHORT, LONG, BOOLEAN -> "SIGNED";
            case FLOAT, DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(65, 10)";
            case TIMESTAMP -> "DATETIME(6)";
            default -> super.castType(storage);
        };
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public Features features() {
        return features;
    }

    @Override
    public ConnectionSettings connection() {
        return connection;
    }

    @Override
    public ErrorTranslator errors() {
        return MySqlErrors.INSTANCE;
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
            case DECIMAL -> Codecs.DECIMAL;
            case BOOLEAN -> Codecs.BOOLEAN;
            case TIMESTAMP -> Codecs.TIMESTAMP;
            case DATE -> Codecs.DATE;
            case TIME -> Codecs.TIME;
            case BYTES -> Codecs.BYTES;
            case UUID -> Codecs.UUID_AS_TEXT;
            case ARRAY -> Codecs.unsupported("Array fields", "MySQL/MariaDB");
        };
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public Sql advisoryLock(String name, java.time.Duration timeout) {
        return new Sql("SELECT GET_LOCK(?, ?)", java.util.List.of(dev.covet.orm.query.Value.of(name),
                dev.covet.orm.query.Value.of(Math.max(0, timeout.toSeconds()))));
    }

    @Override
    public Sql advisoryUnlock(String name) {
        return new Sql("SELECT RELEASE_LOCK(?)", java.util.List.of(dev.covet.orm.query.Value.of(name)));
    }

    @Override
    public boolean allowsSlicedSubqueriesWithIn() {
        // MySQL and MariaDB refuse "LIMIT & IN/ALL/ANY/SOME subquery" (error 1235)
        return false;
    }

    @Override
    public String limitOffset(Long limit, long offset) {
        if (limit == null && offset > 0) {
            // MySQL: OFFSET needs a LIMIT, so use the maximum value
            return " LIMIT 18446744073709551615 OFFSET " + offset;
        }
        return super.limitOffset(limit, offset);
    }

    @Override
    public void checkRegex(String pattern) {
        // PCRE's match limit counts steps, but a backreference compares up to the whole value at each
        // step: on a large value one such pattern ran for hours, deaf to KILL and max_statement_time
        if (mariadb && BACKREFERENCE.matcher(pattern).find()) {
            throw new NotSupportedError("regex / iregex patterns with backreferences (\\1, \\g, \\k, (?P=...)) are refused on MariaDB:"
                    + " its regex engine cannot be interrupted inside one value, and a backreference makes its work unbounded."
                    + " Pattern: " + (pattern.length() > 100 ? pattern.substring(0, 100) + "..." : pattern));
        }
    }

    @Override
    public String regex(String lhs, String pattern, boolean caseInsensitive) {
        // Inline flags decide case, whatever the column's collation says. MariaDB's PCRE cannot be
        // interrupted inside one value (neither a statement timeout nor KILL reaches it), so the work per
        // value is bounded before it starts: past REGEX_MATCH_LIMIT backtracking steps or REGEX_DEPTH_LIMIT
        // nested ones a value does not match, and MariaDB adds warning 1139 "Regex error 'match limit exceeded'".
        String limit = mariadb ? "(*LIMIT_MATCH=" + REGEX_MATCH_LIMIT + ")(*LIMIT_DEPTH=" + REGEX_DEPTH_LIMIT + ")" : "";
        return lhs + " REGEXP CONCAT('" + limit + (caseInsensitive ? "(?i)" : "(?-i)") + "', " + pattern + ")";
    }

    @Override
    public String concat(List<String> parts) {
        return "CONCAT(" + String.join(", ", parts) + ")";
    }

    @Override
    public String random() {
        return "RAND()";
    }

    @Override
    public dev.covet.orm.sql.LagQuery replicaLag() {
        return new dev.covet.orm.sql.LagQuery(Sql.of("SHOW SLAVE STATUS"), "Seconds_Behind_Master");
    }

    @Override
    public dev.covet.orm.sql.SearchSql search() {
        return MySqlSearch.INSTANCE;
    }
}
