package dev.covet.orm;

import dev.covet.orm.db.Cursor;
import dev.covet.orm.db.Database;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.internal.RowReaders;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.ExplainFormat;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.AggregateCompiler;
import dev.covet.orm.sql.CompiledAggregate;
import dev.covet.orm.sql.CompiledSelect;
import dev.covet.orm.sql.SelectCompiler;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ValueCodec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a {@link BaseQuerySet} runs once a terminal call asks for its rows: the database its reads are
 * routed to (and routed again when a replica is lost), the compiled SELECT, COUNT, EXISTS, aggregate
 * and EXPLAIN statements, and the statement timeout around each. The QuerySet keeps the chaining API
 * and its row cache; nothing here holds state, so it is safe to use from any thread.
 */
final class Evaluation {
    private Evaluation() {
    }

    /** The rows of {@code qs}, read from the database (not its cache), after its {@code afterLoad}. */
    static <R> List<R> fetch(BaseQuerySet<R, ?> qs) {
        return reading(qs, db -> {
            checkLock(qs.query, db);
            CompiledSelect compiled = SelectCompiler.compile(qs.query, db.dialect());
            if (compiled.empty()) {
                return List.of();
            }
            return qs.limited(db, () -> qs.afterLoad(db.query(compiled.sql(), qs.mapper(compiled.shape(), db)), db));
        });
    }

    /** Row locks last until the transaction ends; without one they would end at once (Django refuses too). */
    private static void checkLock(Query query, Database db) {
        if (query.lock() != null && !db.inTransaction()) {
            throw new TransactionManagementError("selectForUpdate() cannot be used outside of a transaction; wrap it in Covet.atomic(...)");
        }
    }

    /** See {@link BaseQuerySet#iterator(int)}. */
    static <R> Cursor<R> cursor(BaseQuerySet<R, ?> qs, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, not " + chunkSize);
        }
        Database db = qs.database();
        checkLock(qs.query, db);
        CompiledSelect compiled = SelectCompiler.compile(qs.query, db.dialect());
        if (compiled.empty()) {
            return Cursor.empty(db);
        }
        boolean chunked = qs.loadsInChunks();
        if (chunked && !db.inTransaction() && db.maxConnections() < 2) {
            throw new NotSupportedError("iterator(chunkSize) with prefetchRelated needs a second connection for the prefetches"
                    + " while the cursor holds the first, and database '" + db.alias() + "' has one; iterate inside Covet.atomic(...)");
        }
        Cursor<R> cursor = qs.limited(db, () -> db.cursor(compiled.sql(), chunkSize, qs.mapper(compiled.shape(), db)));
        // each chunk gets what list() would do to its rows (prefetching their relations), chunk by chunk
        return chunked ? cursor.eachChunk(chunkSize, rows -> qs.afterLoad(rows, db)) : cursor;
    }

    /** The number of rows of {@code qs}, counted by the database. */
    static long count(BaseQuerySet<?, ?> qs) {
        return reading(qs, db -> {
            CompiledAggregate compiled = AggregateCompiler.count(qs.query, db.dialect());
            if (compiled.empty()) {
                return 0L;
            }
            return qs.limited(db, () -> db.query(compiled.sql(), rs -> rs.getLong(1)).getFirst());
        });
    }

    /** Does the database find a row of {@code qs}? */
    static boolean exists(BaseQuerySet<?, ?> qs) {
        return reading(qs, db -> {
            CompiledSelect compiled = AggregateCompiler.exists(qs.query, db.dialect());
            if (compiled.empty()) {
                return false;
            }
            return qs.limited(db, () -> !db.query(compiled.sql(), rs -> Boolean.TRUE).isEmpty());
        });
    }

    /** See {@link BaseQuerySet#aggregate}. */
    static Map<String, Object> aggregate(BaseQuerySet<?, ?> qs, Aggregate... aggregates) {
        if (aggregates.length == 0) {
            return new LinkedHashMap<>();
        }
        Database db = qs.database();
        CompiledAggregate compiled = AggregateCompiler.aggregate(qs.query, List.of(aggregates), db.dialect());
        Map<String, Object> result = new LinkedHashMap<>();
        if (compiled.empty()) {
            for (int i = 0; i < aggregates.length; i++) {
                result.put(compiled.names().get(i), aggregates[i].function() == Aggregate.Function.COUNT ? 0L : null);
            }
            return result;
        }
        OutputType[] types = compiled.types().toArray(OutputType[]::new);
        ValueCodec[] codecs = RowReaders.codecs(types, db.dialect());
        return qs.limited(db, () -> db.query(compiled.sql(), rs -> {
            for (int i = 0; i < types.length; i++) {
                Object v = RowReaders.value(rs, i + 1, codecs[i], types[i]);
                result.put(compiled.names().get(i), v == null && aggregates[i].function() == Aggregate.Function.COUNT ? 0L : v);
            }
            return result;
        }).getFirst());
    }

    /** See {@link BaseQuerySet#explain(ExplainFormat, boolean)}. */
    static String explain(BaseQuerySet<?, ?> qs, ExplainFormat format, boolean analyze) {
        if (format == null) {
            throw new IllegalArgumentException("explain() needs a format: TEXT or JSON");
        }
        Database db = qs.database();
        Sql sql = SelectCompiler.compile(qs.query, db.dialect()).sql();
        Sql explain = new Sql(db.dialect().explain(sql.text(), format, analyze), sql.params());
        return String.join("\n", qs.limited(db, () -> db.query(explain, rs -> {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                if (v != null) {
                    line.append(line.isEmpty() ? "" : " ").append(v);
                }
            }
            return line.toString();
        })));
    }

    // ---------------------------------------------------------------- routing

    /** The database {@code using} names, else the one the routers pick for reading {@code query}. */
    static Database database(ModelInfo<?> model, Query query, String using) {
        if (using != null) {
            return Covet.database(using);
        }
        dev.covet.orm.routing.Routers routers = Covet.routers();
        return Covet.database(routers.isEmpty() ? null : routers.forRead(model, dev.covet.orm.routing.Hints.query(query)));
    }

    /** See {@link BaseQuerySet#reading}: a routed read that cannot reach its database runs again where the routers send it next. */
    static <X> X reading(BaseQuerySet<?, ?> qs, Function<Database, X> work) {
        Database db = qs.database();
        if (qs.using != null || Covet.routers().isEmpty()) {
            return work.apply(db);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.apply(db);
            } catch (ConnectionLost e) {
                if (attempt >= 4 || db.inTransaction() || !Covet.routers().unreachable(db.alias())) {
                    throw e;
                }
            }
            db = qs.database();
        }
    }
}
