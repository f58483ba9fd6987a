package dev.covet.orm.sql.postgres;

import java.util.List;

import dev.covet.orm.query.JsonValue;

import dev.covet.orm.query.Value;

import dev.covet.orm.sql.Sql;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.functions.Round;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.UUID;

/**
 * PostgreSQL: native UUID, JSONB and array columns, {@code DISTINCT ON}, row locks with NOWAIT and
 * SKIP LOCKED. Connections use the driver's {@code autosave=always}, so that a failed statement
 * inside a transaction (an IntegrityError, say) rolls back to just before itself and leaves the
 * transaction usable, as on the other databases.
 */
public final class PostgresDialect extends Dialect {
    private static final Features FEATURES = Features.builder().returning(true).distinctOn().selectForUpdate(true, true)
            .arrays().maxParameters(32767).groupByPrimaryKey().transactionalDdl().serverCursors().nullsOrdering()
            .foreignKeysCheckedAtCommit().recursiveCte(true).build();
    private static final PostgresConnection CONNECTION = new PostgresConnection();
    private final PostgresDdl ddl = new PostgresDdl(this);
    private final PostgresJson json = new PostgresJson(this);
    private final PostgresLocks locks = new PostgresLocks(this);
    private final PostgresDates dates = new PostgresDates(this);
    private final PostgresWrites writes = new PostgresWrites(this);
    private final PostgresCopy copy = new PostgresCopy(this);

    private static final ValueCodec JSON = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setObject(i, v.toString(), Types.OTHER);
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }

        public int sqlType() {
            return Types.OTHER;
        }
    };

    private static final ValueCodec NATIVE_UUID = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setObject(i, (UUID) v);
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i, UUID.class);
        }

        public int sqlType() {
            return Types.OTHER;
        }
    };

    /** The PostgreSQL dialect, with its own renderers for conditional aggregates, rounding and JSON values. */
    public PostgresDialect() {
        // aggregates take FILTER (WHERE ...) natively
        override(Aggregate.class, ConditionalRenderers.FILTER_CLAUSE);
        // a value compared with a JSON key is compared as JSON ('4'::jsonb), so numbers order as numbers
        // ROUND(x, places) takes a numeric only: a float is rounded as one and turned back
        override(Round.Places.class, (r, c) -> {
            Storage s = r.source().outputType().storage();
            Sql rounded = c.compile(r.source()).wrap("ROUND(CAST(", " AS NUMERIC), " + r.places() + ")");
            return s == Storage.FLOAT || s == Storage.DOUBLE ? rounded.wrap("CAST(", " AS DOUBLE PRECISION)") : rounded;
        });
        override(JsonValue.class, (v, c) -> Sql.of("CAST(? AS JSONB)", new Value(dev.covet.orm.field.Json.write(v.value().value()), Storage.JSON)));
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean cursorsNeedTransaction() {
        // pgjdbc honours a fetch size only with autocommit off
        return true;
    }

    @Override
    public String tableSchema(Connection connection) throws SQLException {
        return connection.getSchema();
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
        return PostgresErrors.INSTANCE;
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
    public dev.covet.orm.sql.BulkLoader bulkLoader() {
        return copy;
    }

    @Override
    protected ValueCodec createCodec(Storage storage) {
        return switch (storage) {
            case STRING -> Codecs.STRING;
            case JSON -> JSON;
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
            case UUID -> NATIVE_UUID;
            case ARRAY -> new PostgresArrayCodec();
        };
    }

    @Override
    public String explain(String sql, dev.covet.orm.query.ExplainFormat format, boolean analyze) {
        return "EXPLAIN (FORMAT " + format.name() + (analyze ? ", ANALYZE" : "") + ") " + sql;
    }

    @Override
    public String function(String name) {
        return name.equals("STRINDEX") ? "STRPOS" : name;
    }

    @Override
    public String castType(Storage storage) {
        return switch (storage) {
            case UUID -> "UUID";
            case JSON -> "JSONB";
            case BYTES -> "BYTEA";
            default -> super.castType(storage);
        };
    }

    @Override
    public String typedParameter(Storage storage) {
        // an untyped parameter in a CASE branch or a function argument resolves to text
        return switch (storage) {
            case null -> "?";
            case TIMESTAMP -> "CAST(? AS TIMESTAMP)";
            case TIME -> "CAST(? AS TIME)";
            case JSON -> "CAST(? AS JSONB)";
            case BYTES -> "CAST(? AS BYTEA)";
            case ARRAY -> "?";
            default -> "CAST(? AS " + PostgresArrayCodec.elementType(storage) + ")";
        };
    }

    @Override
    public Sql advisoryLock(String name, java.time.Duration timeout) {
        // PostgreSQL: a session-level advisory lock; the wait is bounded by lock_timeout, reset when it is released
        return new Sql("SELECT set_config('lock_timeout', ?, false), pg_advisory_lock(hashtext(?))",
                java.util.List.of(dev.covet.orm.query.Value.of(timeout.toMillis() + "ms"), dev.covet.orm.query.Value.of(name)));
    }

    @Override
    public Sql advisoryUnlock(String name) {
        return new Sql("SELECT pg_advisory_unlock(hashtext(?)), set_config('lock_timeout', '0', false)", java.util.List.of(dev.covet.orm.query.Value.of(name)));
    }

    @Override
    public String regex(String lhs, String pattern, boolean caseInsensitive) {
        return lhs + (caseInsensitive ? " ~* " : " ~ ") + pattern;
    }

    @Override
    public dev.covet.orm.sql.LagQuery replicaLag() {
        return new dev.covet.orm.sql.LagQuery(Sql.of("SELECT CASE WHEN pg_is_in_recovery() THEN "
                + "EXTRACT(EPOCH FROM (now() - pg_last_xact_replay_timestamp())) END AS lag"), "lag");
    }

    @Override
    public dev.covet.orm.sql.SearchSql search() {
        return PostgresSearch.INSTANCE;
    }
}
