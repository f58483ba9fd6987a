package dev.covet.orm;

import dev.covet.orm.db.Cursor;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.db.RowMapper;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.MultipleObjectsReturned;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.exception.QueryCanceled;
import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.internal.query.FieldNames;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Combination;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.QuerySource;
import dev.covet.orm.sql.AggregateCompiler;
import dev.covet.orm.sql.CompiledAggregate;
import dev.covet.orm.sql.CompiledSelect;
import dev.covet.orm.sql.SelectCompiler;
import dev.covet.orm.sql.SelectShape;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ValueCodec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What every QuerySet shares, whatever its rows are (model instances, maps, tuples, values):
 * chaining ({@code filter}, {@code exclude}, {@code orderBy}, slicing...) that returns a new
 * QuerySet, and the calls that run the query. Nothing runs until a terminal call or iteration;
 * an evaluated QuerySet keeps its rows, as Django's does. Immutable (the row cache aside) and
 * safe to share between threads.
 *
 * @param <R> the row type
 * @param <S> the concrete QuerySet type, returned by chaining calls
 */
public abstract class BaseQuerySet<R, S extends BaseQuerySet<R, S>> implements Iterable<R>, QuerySource {
    /** How many rows {@code get()} reads at most, to report a duplicate without loading a whole table. */
    static final int MAX_GET_RESULTS = 21;

    protected final ModelInfo<?> model;
    protected final Query query;
    protected final String using;
    private volatile List<R> cache;

    protected BaseQuerySet(ModelInfo<?> model, Query query, String using) {
        this.model = model;
        this.query = query;
        this.using = using;
    }

    /** A QuerySet of the same kind over {@code query}. */
    protected abstract S chain(Query query, String using);

    /** Reads the rows of a compiled SELECT. */
    protected abstract RowMapper<R> mapper(SelectShape shape, Database database);

    /** Work done on freshly read rows before they are handed out (prefetching, for model rows). */
    protected List<R> afterLoad(List<R> rows, Database database) {
        return rows;
    }

    /** A copy of this QuerySet whose query {@code change} alters. */
    protected final S mutate(Consumer<Query> change) {
        Query q = query.copy();
        change.accept(q);
        return chain(q, using);
    }

    // ---------------------------------------------------------------- chaining

    /**
     * A fresh copy (not sharing this one's cached rows).
     *
     * @return a new QuerySet; this one is unchanged
     */
    public S all() {
        return chain(query.copy(), using);
    }

    /**
     * Rows matching the lookup, as {@code filter(title__icontains="java")}.
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return a new QuerySet; this one is unchanged
     */
    public S filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    /**
     * Rows matching every condition; conditions in one call refer to the same related row.
     *
     * @param conditions the conditions, ANDed
     * @return a new QuerySet; this one is unchanged
     */
    public S filter(Q... conditions) {
        Q all = Q.empty();
        for (Q q : conditions) {
            all = all.and(q);
        }
        Q f = all;
        return mutate(q -> q.addFilter(f));
    }

    /**
     * Rows for which {@code condition} (such as {@link dev.covet.orm.query.Exists}) holds.
     *
     * @param condition a boolean expression
     * @return a new QuerySet; this one is unchanged
     */
    public S filter(dev.covet.orm.query.Expression condition) {
        return filter(Q.of(condition));
    }

    /**
     * Rows for which {@code condition} does not hold.
     *
     * @param condition a boolean expression
     * @return a new QuerySet; this one is unchanged
     */
    public S exclude(dev.covet.orm.query.Expression condition) {
        return exclude(Q.of(condition));
    }

    /**
     * The rows of this QuerySet and of {@code others}, each once ({@code UNION}); the result takes
     * ordering, slicing, {@code values()}, {@code count()} and {@code exists()} only.
     *
     * @param others the QuerySets to combine with, of the same model
     * @return the combined QuerySet
     */
    @SafeVarargs
    public final S union(S... others) {
        return combine(Combination.Kind.UNION, false, others);
    }

    /**
     * As {@link #union}, keeping duplicates ({@code UNION ALL}).
     *
     * @param others the QuerySets to combine with, of the same model
     * @return the combined QuerySet
     */
    @SafeVarargs
    public final S unionAll(S... others) {
        return combine(Combination.Kind.UNION, true, others);
    }

    /**
     * The rows in this QuerySet and in every one of {@code others} ({@code INTERSECT}).
     *
     * @param others the QuerySets to combine with, of the same model
     * @return the combined QuerySet
     */
    @SafeVarargs
    public final S intersection(S... others) {
        return combine(Combination.Kind.INTERSECT, false, others);
    }

    /**
     * The rows of this QuerySet that are in none of {@code others} ({@code EXCEPT}).
     *
     * @param others the QuerySets to combine with, of the same model
     * @return the combined QuerySet
     */
    @SafeVarargs
    public final S difference(S... others) {
        return combine(Combination.Kind.EXCEPT, false, others);
    }

    private S combine(Combination.Kind kind, boolean all, S[] others) {
        if (others.length == 0) {
            return all();
        }
        List<Query> parts = new ArrayList<>();
        parts.add(query);
        for (S other : others) {
            parts.add(other.query);
        }
        return chain(Query.combine(kind, all, parts), using);
    }

    /**
     * Rows matching every entry of {@code conditions}.
     *
     * @param conditions lookup to value, ANDed
     * @return a new QuerySet; this one is unchanged
     */
    public S filter(Map<String, ?> conditions) {
        return filter(Q.of(conditions));
    }

    /**
     * Rows not matching the lookup.
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return a new QuerySet; this one is unchanged
     */
    public S exclude(String lookup, Object value) {
        return exclude(Q.of(lookup, value));
    }

    /**
     * Rows not matching all of the conditions.
     *
     * @param conditions the conditions; a row is left out when all of them hold
     * @return a new QuerySet; this one is unchanged
     */
    public S exclude(Q... conditions) {
        Q all = Q.empty();
        for (Q q : conditions) {
            all = all.and(q);
        }
        Q f = all.not();
        return mutate(q -> q.addFilter(f));
    }

    /**
     * Rows matching none of the lookups in {@code conditions} together (Django's {@code exclude(**kwargs)}).
     *
     * @param conditions lookup to value; a row is left out when all of them hold
     * @return a new QuerySet; this one is unchanged
     */
    public S exclude(Map<String, ?> conditions) {
        return exclude(Q.of(conditions));
    }

    /**
     * Orders by field paths ({@code "-publishedAt"}, {@code "author__name"}, {@code "?"}); no names clears all ordering.
     *
     * @param fields field paths, {@code "-"} first for descending, {@code "?"} for random
     * @return a new QuerySet; this one is unchanged
     */
    public S orderBy(String... fields) {
        if (fields.length == 0) {
            return mutate(Query::clearOrdering);
        }
        return mutate(q -> q.setOrdering(FieldNames.checked("orderBy", fields)));
    }

    /**
     * Orders by expressions: {@code orderBy(F.of("price").times(F.of("quantity")).desc())}.
     *
     * @param first the first ordering, such as {@code F.of("price").desc()}
     * @param more further orderings, for ties
     * @return a new QuerySet; this one is unchanged
     */
    public S orderBy(OrderBy first, OrderBy... more) {
        List<OrderBy> terms = new java.util.ArrayList<>();
        terms.add(first);
        terms.addAll(List.of(more));
        return mutate(q -> q.setOrdering(terms));
    }

    /**
     * The same rows in the opposite order.
     *
     * @return a new QuerySet; this one is unchanged
     */
    public S reverse() {
        if (query.isSliced()) {
            throw new IllegalStateException("Cannot reverse a query once a slice has been taken.");
        }
        return mutate(Query::reverseOrdering);
    }

    /**
     * No duplicate rows.
     *
     * @return a new QuerySet; this one is unchanged
     */
    public S distinct() {
        return mutate(q -> q.setDistinct(List.of()));
    }

    /**
     * One row per distinct value of {@code fields} (PostgreSQL's DISTINCT ON; elsewhere a {@link NotSupportedError}).
     *
     * @param fields the field paths whose values must differ; lead the ordering with them
     * @return a new QuerySet; this one is unchanged
     */
    public S distinct(String... fields) {
        return mutate(q -> q.setDistinct(FieldNames.checked("distinct", fields)));
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive), as Python's {@code qs[from:to]}; negative indexes are an error.
     *
     * @param from the index of the first row, from 0
     * @param to the index after the last row
     * @return a new QuerySet; this one is unchanged
     */
    public S slice(long from, long to) {
        return mutate(q -> q.slice(from, to));
    }

    /**
     * Rows from {@code from} on, as {@code qs[from:]}.
     *
     * @param from the index of the first row, from 0
     * @return a new QuerySet; this one is unchanged
     */
    public S slice(long from) {
        return mutate(q -> q.slice(from, null));
    }

    /**
     * At most {@code n} rows.
     *
     * @param n the most rows to return
     * @return a new QuerySet; this one is unchanged
     */
    public S limit(long n) {
        return mutate(q -> q.setLimit(n));
    }

    /**
     * Skips the first {@code n} rows.
     *
     * @param n the number of rows to skip
     * @return a new QuerySet; this one is unchanged
     */
    public S offset(long n) {
        return mutate(q -> q.setOffset(n));
    }

    /**
     * Runs on the database configured under {@code alias}.
     *
     * @param alias the alias the database is configured under
     * @return a new QuerySet; this one is unchanged
     */
    public S using(String alias) {
        Covet.database(alias);
        return chain(query.copy(), alias);
    }

    /**
     * Matches nothing (and asks the database nothing).
     *
     * @return a new QuerySet; this one is unchanged
     */
    public S none() {
        return mutate(q -> q.addCondition(dev.covet.orm.query.MatchNothing.INSTANCE));
    }

    /**
     * Limits each statement this QuerySet runs (its rows, count, aggregates, update or delete, and the
     * prefetches of its rows) to {@code timeout}, instead of the database's {@code statementTimeout};
     * {@link Duration#ZERO} lifts the limit. The database cancels a statement that runs longer, which
     * raises {@link QueryCanceled} (within about a second of the limit); the connection stays usable.
     *
     * <pre>{@code
     * List<Book> found = Book.objects.filter("title__iregex", userPattern).timeout(Duration.ofSeconds(2)).list();
     * }</pre>
     *
     * @param timeout the longest a statement may run; {@link Duration#ZERO} for no limit
     * @return a new QuerySet; this one is unchanged
     */
    public S timeout(Duration timeout) {
        DatabaseSettings.Builder.checkTimeout(timeout, "timeout");
        return mutate(q -> q.setTimeout(timeout));
    }

    /** Runs {@code work} under this QuerySet's {@link #timeout}, if it has one. */
    protected final <T> T limited(Database db, java.util.function.Supplier<T> work) {
        Duration timeout = query.timeout();
        return timeout == null ? work.get() : db.withStatementTimeout(timeout, work);
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * Runs the query (once; later calls return the same rows).
     *
     * @return the rows, unmodifiable
     */
    public List<R> list() {
        List<R> rows = cache;
        if (rows == null) {
            // not List.copyOf: a flat valuesList holds nulls for NULL columns
            rows = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fetch()));
            cache = rows;
        }
        return rows;
    }

    /** Forgets the cached rows, so that the next evaluation asks the database again (after this QuerySet's own writes). */
    final void clearCache() {
        cache = null;
    }

    /** Sets the rows of a fresh QuerySet that are known already (prefetches). */
    final void prefill(List<R> rows) {
        cache = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rows));
    }

    private List<R> fetch() {
        return reading(db -> {
            checkLock(db);
            CompiledSelect compiled = SelectCompiler.compile(query, db.dialect());
            if (compiled.empty()) {
                return List.of();
            }
            return limited(db, () -> afterLoad(db.query(compiled.sql(), mapper(compiled.shape(), db)), db));
        });
    }

    /** Row locks last until the transaction ends; without one they would end at once (Django refuses too). */
    private void checkLock(Database db) {
        if (query.lock() != null && !db.inTransaction()) {
            throw new TransactionManagementError("selectForUpdate() cannot be used outside of a transaction; wrap it in Covet.atomic(...)");
        }
    }

    @Override
    public Iterator<R> iterator() {
        return list().iterator();
    }

    /**
     * Streams the rows {@code chunkSize} at a time without keeping them (server-side cursors on
     * PostgreSQL and MariaDB), for tables too large to hold; with {@code prefetchRelated}, each chunk's
     * relations are prefetched before its rows are returned (one query per relation and chunk). Close
     * the cursor (try-with-resources); reading to the end closes it too.
     *
     * @param chunkSize the number of rows fetched per round trip
     * @return the open cursor
     */
    public Cursor<R> iterator(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, not " + chunkSize);
        }
        Database db = database();
        checkLock(db);
        CompiledSelect compiled = SelectCompiler.compile(query, db.dialect());
        if (compiled.empty()) {
            return Cursor.empty(db);
        }
        boolean chunked = loadsInChunks();
        if (chunked && !db.inTransaction() && db.maxConnections() < 2) {
            throw new NotSupportedError("iterator(chunkSize) with prefetchRelated needs a second connection for the prefetches"
                    + " while the cursor holds the first, and database '" + db.alias() + "' has one; iterate inside Covet.atomic(...)");
        }
        Cursor<R> cursor = limited(db, () -> db.cursor(compiled.sql(), chunkSize, mapper(compiled.shape(), db)));
        // each chunk gets what list() would do to its rows (prefetching their relations), chunk by chunk
        return chunked ? cursor.eachChunk(chunkSize, rows -> afterLoad(rows, db)) : cursor;
    }

    /** Must {@link #iterator(int)} hand its rows to {@link #afterLoad} a chunk at a time? */
    protected boolean loadsInChunks() {
        return false;
    }

    /**
     * {@link #iterator(int)} as a Stream; close it (try-with-resources) if not read to the end.
     *
     * @param chunkSize the number of rows fetched per round trip
     * @return the stream of rows
     */
    public Stream<R> stream(int chunkSize) {
        Cursor<R> cursor = iterator(chunkSize);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false).onClose(cursor::close);
    }

    /**
     * The first row in the ordering (by primary key when unordered), if any.
     *
     * @return the first row, or empty when there is none
     */
    public Optional<R> first() {
        List<R> loaded = cache;
        if (loaded != null && query.isOrdered()) {
            // evaluated (or prefetched) in its ordering: the first row is known, as in Django
            return loaded.isEmpty() ? Optional.empty() : Optional.of(loaded.getFirst());
        }
        S qs = query.isOrdered() ? self() : orderBy("pk");
        List<R> rows = qs.slice(0, 1).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The rows already read by this QuerySet, or null. */
    protected final List<R> cachedRows() {
        return cache;
    }

    /**
     * The last row in the ordering (by primary key when unordered), if any.
     *
     * @return the last row, or empty when there is none
     */
    public Optional<R> last() {
        S qs = query.isOrdered() ? reverse() : orderBy("-pk");
        List<R> rows = qs.slice(0, 1).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /**
     * The one row matching the lookup: {@link DoesNotExist} if none, {@link MultipleObjectsReturned} if several.
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return the row
     * @throws DoesNotExist if no row matches
     * @throws MultipleObjectsReturned if several rows match
     */
    public R get(String lookup, Object value) {
        return filter(lookup, value).getOne(() -> lookup + "=" + value);
    }

    /**
     * The single row matching {@code conditions}; {@link DoesNotExist} or {@link MultipleObjectsReturned} otherwise.
     *
     * @param conditions the conditions, ANDed
     * @return the row
     * @throws DoesNotExist if no row matches
     * @throws MultipleObjectsReturned if several rows match
     */
    public R get(Q... conditions) {
        return filter(conditions).getOne(() -> java.util.Arrays.stream(conditions).map(Q::toString).collect(Collectors.joining(", ")));
    }

    /**
     * The single row matching every lookup in {@code conditions}; {@link DoesNotExist} or {@link MultipleObjectsReturned} otherwise.
     *
     * @param conditions lookup to value, ANDed
     * @return the row
     * @throws DoesNotExist if no row matches
     * @throws MultipleObjectsReturned if several rows match
     */
    public R get(Map<String, ?> conditions) {
        return filter(conditions).getOne(() -> conditions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
    }

    /**
     * The one row of this QuerySet.
     *
     * @return the row
     * @throws DoesNotExist if there is no row
     * @throws MultipleObjectsReturned if there are several
     */
    public R get() {
        return getOne(() -> "");
    }

    /** The one row; {@code lookup} describes the conditions for the error, built only when there is one. */
    final R getOne(java.util.function.Supplier<String> lookup) {
        S qs = self();
        if (!query.isSliced()) {
            qs = qs.mutate(q -> {
                if (q.distinctFields().isEmpty()) {
                    q.clearOrdering();
                }
                q.setLimit(MAX_GET_RESULTS);
            });
        }
        return one(qs.list(), lookup);
    }

    /** The one row of {@code rows}, read by {@code get()}; {@code lookup} describes the conditions for the error. */
    final R one(List<R> rows, java.util.function.Supplier<String> lookup) {
        if (rows.isEmpty()) {
            throw new DoesNotExist(model.type(), lookup.get());
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(model.type(), lookup.get(),
                    rows.size() < MAX_GET_RESULTS ? String.valueOf(rows.size()) : "more than " + (MAX_GET_RESULTS - 1));
        }
        return rows.getFirst();
    }

    /**
     * The number of rows, counted by the database (or the cached rows, once evaluated).
     *
     * @return the number of rows
     */
    public long count() {
        List<R> rows = cache;
        if (rows != null) {
            return rows.size();
        }
        return reading(db -> {
            CompiledAggregate compiled = AggregateCompiler.count(query, db.dialect());
            if (compiled.empty()) {
                return 0L;
            }
            return limited(db, () -> db.query(compiled.sql(), rs -> rs.getLong(1)).getFirst());
        });
    }

    /**
     * Is there at least one row? Cheaper than {@code count() > 0}.
     *
     * @return true if a row matches
     */
    public boolean exists() {
        List<R> rows = cache;
        if (rows != null) {
            return !rows.isEmpty();
        }
        return reading(db -> {
            CompiledSelect compiled = AggregateCompiler.exists(query, db.dialect());
            if (compiled.empty()) {
                return false;
            }
            return limited(db, () -> !db.query(compiled.sql(), rs -> Boolean.TRUE).isEmpty());
        });
    }

    /**
     * Aggregates over the rows: {@code aggregate(Avg.of("price").as("avg"), Count.all().as("n"))} gives
     * {@code {avg=..., n=...}}; counts are {@code long}, averages {@code double} ({@code BigDecimal} for decimals).
     * No aggregates give an empty map without a query, as Django's {@code aggregate()} returns {@code {}}.
     *
     * @param aggregates the aggregates, each named with {@code as(...)}
     * @return name to value, in the order given
     */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        if (aggregates.length == 0) {
            return new LinkedHashMap<>();
        }
        Database db = database();
        CompiledAggregate compiled = AggregateCompiler.aggregate(query, List.of(aggregates), db.dialect());
        Map<String, Object> result = new LinkedHashMap<>();
        if (compiled.empty()) {
            for (int i = 0; i < aggregates.length; i++) {
                result.put(compiled.names().get(i), aggregates[i].function() == Aggregate.Function.COUNT ? 0L : null);
            }
            return result;
        }
        OutputType[] types = compiled.types().toArray(OutputType[]::new);
        ValueCodec[] codecs = RowReaders.codecs(types, db.dialect());
        return limited(db, () -> db.query(compiled.sql(), rs -> {
            for (int i = 0; i < types.length; i++) {
                Object v = RowReaders.value(rs, i + 1, codecs[i], types[i]);
                result.put(compiled.names().get(i), v == null && aggregates[i].function() == Aggregate.Function.COUNT ? 0L : v);
            }
            return result;
        }).getFirst());
    }

    /**
     * The SQL this QuerySet runs, with its parameters (Django's {@code str(qs.query)}).
     *
     * @return the SQL and its parameters, as text
     */
    public String toSql() {
        return SelectCompiler.compile(query, database().dialect()).sql().toString();
    }

    /**
     * The database's plan for this query ({@code EXPLAIN}).
     *
     * @return the plan, as the database prints it
     */
    public String explain() {
        return explain(dev.covet.orm.query.ExplainFormat.TEXT, false);
    }

    /**
     * The database's plan in {@code format}; with {@code analyze} the query runs and the plan holds
     * measured times (PostgreSQL {@code EXPLAIN (ANALYZE)}, MariaDB {@code ANALYZE}). SQLite has only the
     * text plan: other options raise {@link NotSupportedError}.
     *
     * @param format the plan's format (text, JSON, ...)
     * @param analyze whether to run the query and include measured times
     * @return the plan, as the database prints it
     */
    public String explain(dev.covet.orm.query.ExplainFormat format, boolean analyze) {
        if (format == null) {
            throw new IllegalArgumentException("explain() needs a format: TEXT or JSON");
        }
        Database db = database();
        Sql sql = SelectCompiler.compile(query, db.dialect()).sql();
        Sql explain = new Sql(db.dialect().explain(sql.text(), format, analyze), sql.params());
        return String.join("\n", limited(db, () -> db.query(explain, rs -> {
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

    /**
     * The database this QuerySet runs on.
     *
     * @return the database chosen by {@code using}, else by the routers
     */
    public Database database() {
        if (using != null) {
            return Covet.database(using);
        }
        dev.covet.orm.routing.Routers routers = Covet.routers();
        return Covet.database(routers.isEmpty() ? null : routers.forRead(model, dev.covet.orm.routing.Hints.query(query)));
    }

    /**
     * Runs a read on this QuerySet's database; when the routers picked it and it cannot be reached,
     * they are told, and the read runs again where they send it next (a replica left out for a while).
     */
    protected final <X> X reading(java.util.function.Function<Database, X> work) {
        Database db = database();
        if (using != null || Covet.routers().isEmpty()) {
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
            db = database();
        }
    }

    @Override
    public Query asSubquery() {
        return query.asSubquery();
    }

    /**
     * A copy of the query this QuerySet holds: changing it never changes this QuerySet (chain, or use
     * {@code alter}, to get one that differs).
     *
     * @return a copy of the query
     */
    public Query query() {
        return query.copy();
    }

    @SuppressWarnings("unchecked")
    protected final S self() {
        return (S) this;
    }

    // ---------------------------------------------------------------- async twins

    /**
     * {@link #list()} on the database's async executor (virtual threads; a small pool for SQLite).
     *
     * @return a future of the rows
     */
    public CompletableFuture<List<R>> listAsync() {
        return database().async(this::list);
    }

    /**
     * As {@code first(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the first row, or empty
     */
    public CompletableFuture<Optional<R>> firstAsync() {
        return database().async(this::first);
    }

    /**
     * As {@code last(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the last row, or empty
     */
    public CompletableFuture<Optional<R>> lastAsync() {
        return database().async(this::last);
    }

    /**
     * As {@code get(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return a future of the row; it fails as {@code get} does
     */
    public CompletableFuture<R> getAsync(String lookup, Object value) {
        return database().async(() -> get(lookup, value));
    }

    /**
     * As {@code get(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param conditions the conditions, ANDed
     * @return a future of the row; it fails as {@code get} does
     */
    public CompletableFuture<R> getAsync(Q... conditions) {
        return database().async(() -> get(conditions));
    }

    /**
     * As {@code count(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the number of rows
     */
    public CompletableFuture<Long> countAsync() {
        return database().async(this::count);
    }

    /**
     * As {@code exists(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of whether a row matches
     */
    public CompletableFuture<Boolean> existsAsync() {
        return database().async(this::exists);
    }

    /**
     * As {@code aggregate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param aggregates the aggregates, each named with {@code as(...)}
     * @return a future of name to value
     */
    public CompletableFuture<Map<String, Object>> aggregateAsync(Aggregate... aggregates) {
        return database().async(() -> aggregate(aggregates));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + model.name() + ">";
    }
}
