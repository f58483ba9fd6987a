package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.RowMapper;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.internal.QuerySets;
import dev.covet.orm.internal.persist.BulkWrites;
import dev.covet.orm.internal.persist.InstanceValues;
import dev.covet.orm.internal.persist.Persister;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.internal.query.DateLists;
import dev.covet.orm.internal.query.Deletion;
import dev.covet.orm.internal.query.FieldNames;
import dev.covet.orm.internal.query.FindOrCreate;
import dev.covet.orm.internal.query.InBulk;
import dev.covet.orm.internal.query.RecordShape;
import dev.covet.orm.internal.query.Updates;
import dev.covet.orm.internal.relation.Prefetcher;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.KeyGets;
import dev.covet.orm.sql.SelectShape;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A lazy, immutable query over a model's rows, returning model instances (Django's QuerySet):
 * chain {@code filter}, {@code exclude}, {@code orderBy}, {@code annotate}, {@code selectRelated}...
 * then iterate or call a terminal ({@code list}, {@code get}, {@code count}, {@code update}...).
 * Every terminal has an {@code ...Async} twin. Safe to share between threads.
 *
 * <pre>{@code
 * List<Book> recent = Book.objects.filter("publishedAt__year__gte", 2024)
 *     .exclude("author__name__iexact", "anonymous")
 *     .orderBy("-publishedAt").slice(0, 20).list();
 * }</pre>
 *
 * @param <T> the model
 */
public final class QuerySet<T extends Model> extends BaseQuerySet<T, QuerySet<T>> {
    private final boolean strict;
    private final List<Prefetch> prefetches;

    static {
        QuerySets.install(new InternalAccess());
    }

    QuerySet(ModelInfo<T> model, Query query, String using, boolean strict, List<Prefetch> prefetches) {
        super(model, query, using);
        this.strict = strict;
        this.prefetches = prefetches;
    }

    /**
     * Every row of the model {@code info} describes, on database {@code using} (null: the default): for
     * models without a registered class of their own, such as the historical models of migrations.
     *
     * @param <T> the model
     * @param info the model's metadata
     * @param using the database alias, or null for the default
     * @return the QuerySet, not yet evaluated
     */
    public static <T extends Model> QuerySet<T> of(ModelInfo<T> info, String using) {
        return new QuerySet<>(info, new Query(info), using, false, List.of());
    }

    /**
     * Every row of {@code type}.
     *
     * @param <T> the model
     * @param type the model class
     * @return the QuerySet, not yet evaluated
     */
    public static <T extends Model> QuerySet<T> of(Class<T> type) {
        ModelInfo<T> info = ModelRegistry.info(type);
        return new QuerySet<>(info, new Query(info), null, false, List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    protected QuerySet<T> chain(Query query, String using) {
        return new QuerySet<>((ModelInfo<T>) model, query, using, strict, prefetches);
    }

    @Override
    protected List<T> afterLoad(List<T> rows, Database database) {
        if (!prefetches.isEmpty()) {
            Prefetcher.prefetch(rows, prefetches, database.alias(), strict);
        }
        return rows;
    }

    @Override
    protected boolean loadsInChunks() {
        return !prefetches.isEmpty();
    }

    @Override
    protected RowMapper<T> mapper(SelectShape shape, Database database) {
        Set<String> deferred = deferredNames();
        return RowReaders.models(shape, database.dialect(), new RowReaders.Marks(database.alias(), strict, deferred));
    }

    private Set<String> deferredNames() {
        if (query.onlyNames() == null && query.deferredNames().isEmpty()) {
            return Set.of();
        }
        List<FieldInfo> loaded = query.loadedFields();
        if (loaded.size() == model.columns().size()) {
            return Set.of();
        }
        return model.columns().stream().filter(f -> !loaded.contains(f)).map(FieldInfo::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The one row whose {@code lookup} equals {@code value}. On a model's plain QuerySet (its manager's
     * {@code all()}, unrouted) a lookup of the primary key runs a statement compiled once per model.
     */
    @Override
    public T get(String lookup, Object value) {
        if (prefetches.isEmpty() && query.isPlain() && (using != null || Covet.routers().isEmpty())
                && KeyGets.namesKey(model, lookup) && KeyGets.isStoredKey(model.pk(), value)) {
            Database db = database();
            KeyGets.Entry entry = KeyGets.entry(model, db.dialect(), MAX_GET_RESULTS);
            if (entry != null) {
                return one(afterLoad(db.query(entry.bind(value).sql(), mapper(entry.shape(), db)), db), () -> lookup + "=" + value);
            }
        }
        return super.get(lookup, value);
    }

    @SuppressWarnings("unchecked")
    ModelInfo<T> info() {
        return (ModelInfo<T>) model;
    }

    /**
     * Advanced: a copy of this QuerySet whose {@link Query} {@code change} alters (relation managers and
     * extensions use it to add conditions the lookup syntax cannot express).
     *
     * @param change alters the copy's query
     * @return the altered copy; this QuerySet is unchanged
     */
    public QuerySet<T> alter(java.util.function.Consumer<Query> change) {
        return mutate(change);
    }

    /**
     * A QuerySet over this query whose rows are already known (a prefetched relation): it runs no query until chained.
     *
     * @param rows the rows, in this query's order
     * @return a QuerySet that returns {@code rows} when evaluated
     */
    public QuerySet<T> withPrefetched(List<T> rows) {
        QuerySet<T> qs = all();
        qs.prefill(rows);
        return qs;
    }

    // ---------------------------------------------------------------- model-only chaining

    /**
     * The rows of this QuerySet or of {@code other} (Django's {@code qs1 | qs2}), keeping this one's
     * ordering, annotations, database and loading options. Both must be over the same model, unsliced.
     *
     * @param other a QuerySet of the same model
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> or(QuerySet<? extends T> other) {
        return mutate(q -> q.orWith(other.query()));
    }

    /**
     * The rows both this QuerySet and {@code other} have (Django's {@code qs1 & qs2}); see {@link #or(QuerySet)}.
     *
     * @param other a QuerySet of the same model
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> and(QuerySet<? extends T> other) {
        return mutate(q -> q.andWith(other.query()));
    }

    /**
     * Loads the related objects of forward keys in the same query (JOIN); no names follows every non-null key.
     *
     * @param fields forward key paths, such as {@code "author__publisher"}
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> selectRelated(String... fields) {
        return mutate(q -> q.addSelectRelated(FieldNames.checked("selectRelated", fields)));
    }

    /**
     * Loads these relations (reverse keys, many-to-many, forward keys, nested {@code books__publisher}) for
     * every row, one extra query per level; no names clears what was asked before.
     *
     * @param lookups relation paths, such as {@code "books__publisher"}
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> prefetchRelated(String... lookups) {
        if (lookups.length == 0) {
            return new QuerySet<>(info(), query.copy(), using, strict, List.of());
        }
        List<Prefetch> next = new java.util.ArrayList<>(prefetches);
        for (String l : lookups) {
            Prefetch p = Prefetch.of(l);
            Prefetcher.check(info(), p);
            next.add(p);
        }
        return new QuerySet<>(info(), query.copy(), using, strict, List.copyOf(next));
    }

    /**
     * As {@link #prefetchRelated(String...)}, with a QuerySet or {@code toAttr} per relation.
     *
     * @param first the first relation to prefetch
     * @param more further relations
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> prefetchRelated(Prefetch first, Prefetch... more) {
        List<Prefetch> next = new java.util.ArrayList<>(prefetches);
        next.add(first);
        next.addAll(java.util.Arrays.asList(more));
        for (Prefetch p : next.subList(prefetches.size(), next.size())) {
            Prefetcher.check(info(), p);
        }
        return new QuerySet<>(info(), query.copy(), using, strict, List.copyOf(next));
    }

    /**
     * Loads only these fields now; the others load on first {@link Model#get(String)}.
     *
     * @param fields field paths to load; the primary key is always loaded
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> only(String... fields) {
        return mutate(q -> q.only(FieldNames.checked("only", fields)));
    }

    /**
     * Leaves these fields out of the query; they load on first {@link Model#get(String)}.
     *
     * @param fields field paths to leave out
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> defer(String... fields) {
        return mutate(q -> q.defer(fields.length == 0 ? null : FieldNames.checked("defer", fields)));
    }

    /**
     * Adds a computed value to each row: {@code annotate("bookCount", Count.of("books"))}.
     *
     * @param alias the name the value is read back by ({@code get(alias)}) and filtered on
     * @param expression the value's expression, or an aggregate
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> annotate(String alias, Expression expression) {
        return mutate(q -> q.addAnnotation(alias, expression));
    }

    /**
     * A named value for {@code filter} / {@code exclude} / {@code orderBy} that is not selected
     * (Django's {@code alias()}): {@code alias("n", Count.of("books")).filter("n__gt", 2)}.
     *
     * @param alias the name to filter and order by
     * @param expression the value's expression, or an aggregate
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> alias(String alias, Expression expression) {
        return mutate(q -> q.addAlias(alias, expression));
    }

    /**
     * The row with the greatest value of {@code fields} (the first one decides; {@code "-field"} reverses),
     * or {@link DoesNotExist}.
     *
     * @param fields one or more field paths, {@code "-"} first to reverse one
     * @return the row
     * @throws DoesNotExist if there is no row
     * @throws FieldError if no field is given
     */
    public T latest(String... fields) {
        return edge("latest", fields, true);
    }

    /**
     * The row with the smallest value of {@code fields}, or {@link DoesNotExist}.
     *
     * @param fields one or more field paths, {@code "-"} first to reverse one
     * @return the row
     * @throws DoesNotExist if there is no row
     * @throws FieldError if no field is given
     */
    public T earliest(String... fields) {
        return edge("earliest", fields, false);
    }

    private T edge(String what, String[] fields, boolean latest) {
        if (fields.length == 0) {
            throw new FieldError(what + "() needs at least one field to order by");
        }
        String[] order = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            boolean desc = f.startsWith("-") ^ latest;
            String name = f.startsWith("-") ? f.substring(1) : f;
            order[i] = desc ? "-" + name : name;
        }
        List<T> rows = orderBy(order).slice(0, 1).list();
        if (rows.isEmpty()) {
            throw new DoesNotExist(model.type(), what + "(" + String.join(", ", fields) + ")");
        }
        return rows.getFirst();
    }

    /**
     * Is {@code obj} among this QuerySet's rows? One query ({@code pk} and the filters), none when the rows
     * are already read.
     *
     * @param obj a saved instance of this QuerySet's model
     * @return true if it matches this QuerySet's conditions
     * @throws IllegalArgumentException for an unsaved object or one of another model
     */
    public boolean contains(T obj) {
        if (obj == null || !model.type().isInstance(obj)) {
            throw new IllegalArgumentException("contains() needs a " + model.name() + " instance, got " + obj);
        }
        Object pk = obj.pk();
        if (pk == null) {
            throw new IllegalArgumentException("contains() cannot be used on an unsaved " + model.name());
        }
        List<T> rows = cachedRows();
        if (rows != null) {
            for (T row : rows) {
                if (pk.equals(row.pk())) {
                    return true;
                }
            }
            return false;
        }
        return filter("pk", pk).exists();
    }

    /**
     * Adds aggregates under their default names ({@code books__count}).
     *
     * @param aggregates the aggregates, each named after its field and function
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> annotate(Aggregate... aggregates) {
        return mutate(q -> {
            for (Aggregate a : aggregates) {
                q.addAnnotation(a.alias() != null ? a.alias() : a.defaultAlias(), a);
            }
        });
    }

    /**
     * Rows as maps of the named fields (all fields when none are named).
     *
     * @param fields field paths, the keys of each map
     * @return a QuerySet of maps
     */
    public ValuesQuerySet values(String... fields) {
        Query q = query.copy();
        q.setValues(FieldNames.checked("values", fields));
        return new ValuesQuerySet(model, q, using);
    }

    /**
     * Rows as records of {@code type} (a typed projection): each record component reads the field of its
     * name, the path its {@link FieldPath} names, or its camelCase name as a relation path
     * ({@code authorName} reads {@code author__name}); with {@code fields}, one path per component, in order.
     * Component types are checked against the fields' types here, before any query runs: a component that
     * matches no field, or whose type cannot hold the field's values, is a {@link FieldError} naming both.
     *
     * <pre>{@code
     * record BookRow(String title, int pages, String authorName) { }
     * List<BookRow> rows = Book.objects.orderBy("title").values(BookRow.class).list();
     * }</pre>
     *
     * @param type the record class
     * @param fields the path of each component in order, or none to match components by name
     * @param <R> the record type
     * @return a QuerySet of records
     */
    public <R extends Record> RecordQuerySet<R> values(Class<R> type, String... fields) {
        RecordShape.Projection<R> p = RecordShape.project(model, query, type, fields);
        return new RecordQuerySet<>(model, p.query(), using, p.shape());
    }

    /**
     * Rows as lists of the named fields' values.
     *
     * @param fields field paths, in the order of each list
     * @return a QuerySet of lists
     */
    public ValuesListQuerySet valuesList(String... fields) {
        Query q = query.copy();
        q.setValues(FieldNames.checked("valuesList", fields));
        return new ValuesListQuerySet(model, q, using);
    }

    /**
     * The values of one field, one per row (Django's {@code values_list(..., flat=True)}).
     *
     * @param <V> the value type
     * @param type the class of the field's values
     * @param field the field path
     * @return a QuerySet of values
     */
    public <V> FlatValuesQuerySet<V> valuesList(Class<V> type, String field) {
        Query q = query.copy();
        q.setValues(FieldNames.checked("valuesList", field));
        return new FlatValuesQuerySet<>(model, q, using, type);
    }

    /**
     * The distinct dates of {@code field} (a date or datetime field) truncated to {@code kind} ({@code year},
     * {@code month}, {@code week}, {@code day}), in UTC, without NULLs, {@code order} {@code "ASC"} or {@code "DESC"}.
     *
     * @param field the date or datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @param order {@code "ASC"} or {@code "DESC"}
     * @return a QuerySet of dates
     */
    public FlatValuesQuerySet<LocalDate> dates(String field, String kind, String order) {
        return DateLists.dates(this, field, kind, order);
    }

    /**
     * {@link #dates(String, String, String)} in ascending order.
     *
     * @param field the date or datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @return a QuerySet of dates, oldest first
     */
    public FlatValuesQuerySet<LocalDate> dates(String field, String kind) {
        return dates(field, kind, "ASC");
    }

    /**
     * The distinct datetimes of {@code field} (a datetime field) truncated to {@code kind} ({@code year} ...
     * {@code day}, {@code hour}, {@code minute}, {@code second}), in UTC, without NULLs, in {@code order}.
     *
     * @param field the datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @param order {@code "ASC"} or {@code "DESC"}
     * @return a QuerySet of instants
     */
    public FlatValuesQuerySet<Instant> datetimes(String field, String kind, String order) {
        return DateLists.datetimes(this, field, kind, order);
    }

    /**
     * {@link #datetimes(String, String, String)} in ascending order.
     *
     * @param field the datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @return a QuerySet of instants, oldest first
     */
    public FlatValuesQuerySet<Instant> datetimes(String field, String kind) {
        return datetimes(field, kind, "ASC");
    }

    /**
     * Locks the selected rows until the transaction ends ({@code SELECT ... FOR UPDATE}).
     *
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> selectForUpdate() {
        return selectForUpdate(false, false);
    }

    /**
     * Locks the selected rows; {@code nowait} fails at once if a row is locked, {@code skipLocked} leaves
     * locked rows out. SQLite's transactions already hold the database's write lock, so there the options
     * raise {@link NotSupportedError}.
     *
     * @param nowait fail at once when a row is locked, instead of waiting
     * @param skipLocked leave locked rows out, instead of waiting
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked) {
        return selectForUpdate(nowait, skipLocked, false);
    }

    /**
     * As {@link #selectForUpdate(boolean, boolean)}; {@code noKey} takes PostgreSQL's weaker
     * {@code FOR NO KEY UPDATE}, which lets other transactions insert rows that point at the locked ones
     * (a {@link NotSupportedError} elsewhere).
     *
     * @param nowait fail at once when a row is locked, instead of waiting
     * @param skipLocked leave locked rows out, instead of waiting
     * @param noKey take PostgreSQL's {@code FOR NO KEY UPDATE}
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked, boolean noKey) {
        return selectForUpdate(nowait, skipLocked, noKey, new String[0]);
    }

    /**
     * As {@link #selectForUpdate(boolean, boolean, boolean)}, locking only the rows of the tables named in
     * {@code of} (Django's {@code of=}): {@code "self"} for this model, {@code selectRelated} paths
     * ({@code "author"}, {@code "author__publisher"}) for the others. PostgreSQL renders
     * {@code FOR UPDATE OF "table"}; MariaDB and SQLite raise {@link NotSupportedError}. A name that is not
     * {@code self} or a followed relation is a {@link FieldError} when the query compiles.
     *
     * @param nowait fail at once when a row is locked, instead of waiting
     * @param skipLocked leave locked rows out, instead of waiting
     * @param noKey take PostgreSQL's {@code FOR NO KEY UPDATE}
     * @param of {@code "self"} and relation paths whose tables to lock
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked, boolean noKey, String... of) {
        if (routedWrite()) {
            return writing().selectForUpdate(nowait, skipLocked, noKey, of);
        }
        if (nowait && skipLocked) {
            throw new IllegalArgumentException("The nowait option cannot be used with skipLocked.");
        }
        for (String name : of) {
            if (name == null || name.isBlank()) {
                throw new FieldError("selectForUpdate(of=...) names relations, got '" + name + "'");
            }
        }
        Database db = database();
        Query.Lock lock = new Query.Lock(nowait, skipLocked, noKey, false, List.of(of));
        db.dialect().locks().lockClause(lock);
        return mutate(q -> q.setLock(lock));
    }

    /**
     * A locking read that takes share locks, unless this query already locks its rows: it sees the
     * latest committed rows even where a plain read inside a transaction sees an older snapshot
     * (InnoDB's REPEATABLE READ).
     */
    QuerySet<T> lockedForShare() {
        if (query.lock() != null) {
            return this;
        }
        return mutate(q -> q.setLock(new Query.Lock(false, false, false, true)));
    }

    /**
     * Makes touching a relation that this query did not load raise {@link StrictLoadingError}: the N+1 guard.
     *
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> strict() {
        return new QuerySet<>(info(), query.copy(), using, true, prefetches);
    }

    // ---------------------------------------------------------------- writes

    /** Does this write ask the routers for its database (no using(), and routers configured)? */
    private boolean routedWrite() {
        return using == null && !Covet.routers().isEmpty();
    }

    /** This QuerySet on the database the routers write its model to (Django's {@code db_for_write}). */
    private QuerySet<T> writing() {
        return chain(query.copy(), Covet.routers().forWrite(model, dev.covet.orm.routing.Hints.query(query)));
    }

    /** As {@link #writing()}, for a write that finds its row by {@code lookup} (getOrCreate): the routers see it. */
    private QuerySet<T> writing(Object lookup) {
        Query probe = query.copy();
        probe.addFilter(lookup instanceof Q q ? q : Q.of(castLookup(lookup)));
        return chain(query.copy(), Covet.routers().forWrite(model, dev.covet.orm.routing.Hints.query(probe)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castLookup(Object lookup) {
        return (Map<String, ?>) lookup;
    }

    /**
     * Creates and saves (INSERT) an instance with these field values.
     *
     * @param values field name to value for the new instance
     * @return the new instance, saved, with its generated key
     */
    public T create(Map<String, ?> values) {
        T obj = info().newInstance();
        InstanceValues.assign(obj, values, true);
        Persister.postInit(obj);
        obj.save(SaveOptions.forceInsert().withDatabase(using));
        return obj;
    }

    /**
     * The row matching {@code lookup}, or one created from it and {@code defaults}; safe against a concurrent insert of the same unique key.
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a new row (and, for updateOrCreate, on a found one)
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        if (routedWrite()) {
            return writing(lookup).getOrCreate(lookup, defaults);
        }
        return FindOrCreate.getOrCreate(this, Q.of(lookup), defaults);
    }

    /**
     * As {@code getOrCreate(Map, Map)}, looking the row up by the condition {@code lookup}.
     *
     * @param lookup the condition that finds the row
     * @param defaults field name to value for a new row
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> getOrCreate(Q lookup, Map<String, ?> defaults) {
        if (routedWrite()) {
            return writing(lookup).getOrCreate(lookup, defaults);
        }
        return FindOrCreate.getOrCreate(this, lookup, defaults);
    }

    /**
     * Updates the row matching {@code lookup} with {@code defaults}, or creates it.
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a new row (and, for updateOrCreate, on a found one)
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        if (routedWrite()) {
            return writing(lookup).updateOrCreate(lookup, defaults);
        }
        return FindOrCreate.updateOrCreate(this, Q.of(lookup), defaults);
    }

    /**
     * As {@code updateOrCreate(Map, Map)}, looking the row up by the condition {@code lookup}.
     *
     * @param lookup the condition that finds the row
     * @param defaults field name to value, set on the found or the new row
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> updateOrCreate(Q lookup, Map<String, ?> defaults) {
        if (routedWrite()) {
            return writing(lookup).updateOrCreate(lookup, defaults);
        }
        return FindOrCreate.updateOrCreate(this, lookup, defaults);
    }

    /**
     * As {@link #updateOrCreate(Map, Map)}, but a new row takes {@code createDefaults} instead of
     * {@code defaults} (Django 5.0's {@code create_defaults}); a found row is updated with {@code defaults}.
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a found row
     * @param createDefaults field name to value, set on a new row
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        if (routedWrite()) {
            return writing(lookup).updateOrCreate(lookup, defaults, createDefaults);
        }
        if (createDefaults == null) {
            throw new IllegalArgumentException("updateOrCreate() needs createDefaults; pass the two-argument form otherwise");
        }
        return FindOrCreate.updateOrCreate(this, Q.of(lookup), defaults, createDefaults);
    }

    /**
     * Sets {@code field} on every matching row in one UPDATE; returns the number of rows.
     *
     * @param field the field name
     * @param value the new value, or an {@link F} expression
     * @return the number of rows updated
     */
    public int update(String field, Object value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        return update(values);
    }

    /**
     * Sets the fields on every matching row in one UPDATE (values may be {@link F} expressions), also
     * setting {@code autoNow} fields; returns the number of rows. Sends no per-object signals. On a
     * multi-table child, fields its parents hold are set by an UPDATE of their table, for the same keys.
     *
     * @param values field name to value; a value may be an {@link F} expression
     * @return the number of rows updated
     */
    public int update(Map<String, ?> values) {
        if (routedWrite()) {
            return writing().update(values);
        }
        if (query.combination() != null) {
            throw new NotSupportedError("Calling update() after a union, intersection or difference is not supported");
        }
        if (query.isSliced()) {
            throw new IllegalStateException("Cannot update a query once a slice has been taken.");
        }
        if (values.isEmpty()) {
            throw new FieldError("update() needs at least one field");
        }
        Updates.Assignments fields = Updates.assignments(info(), values);
        Database db = database();
        try {
            return Updates.update(this, fields, values, db, work -> limited(db, work));
        } finally {
            // Django clears the result cache of the QuerySet it updated: its rows are stale now
            clearCache();
        }
    }

    /** The UPDATE of fields this model's table holds; null when the filter matches nothing. */
    /** A multi-table child's update, as Django's: the matching keys first, then each table's fields for those keys. */
    /**
     * Deletes every matching row; returns the counts per model.
     *
     * @return the rows removed, in total and per model
     */
    public DeleteResult delete() {
        if (routedWrite()) {
            return writing().delete();
        }
        if (query.combination() != null) {
            throw new NotSupportedError("Calling delete() after a union, intersection or difference is not supported");
        }
        if (query.isSliced()) {
            throw new IllegalStateException("Cannot use 'limit' or 'offset' with delete().");
        }
        try {
            return limited(database(), () -> Deletion.delete(this));
        } finally {
            // Django clears the result cache of the QuerySet it deleted from
            clearCache();
        }
    }

    /**
     * Inserts the objects in as few multi-row statements as fit, filling in their generated keys. No signals.
     *
     * @param objects the model instances
     * @return the objects, in the order given
     */
    public List<T> bulkCreate(List<T> objects) {
        return bulkCreate(objects, 0);
    }

    /**
     * As {@link #bulkCreate(List)}, skipping or updating rows that conflict on a unique constraint
     * (an upsert); the generated keys of the objects are not set.
     *
     * @param objects the model instances
     * @param onConflict skip or update a conflicting row
     * @return the objects, in the order given
     */
    public List<T> bulkCreate(List<T> objects, OnConflict onConflict) {
        if (routedWrite()) {
            return writing().bulkCreate(objects, onConflict);
        }
        if (onConflict == null) {
            throw new IllegalArgumentException("bulkCreate() needs an OnConflict: OnConflict.ignore() or OnConflict.update(...)");
        }
        return BulkWrites.create(info(), this::database, objects, 0, onConflict.uniqueFields(), onConflict.updateFields());
    }

    /**
     * As {@link #bulkCreate(List)}, at most {@code batchSize} rows per statement (0: as many as fit).
     *
     * @param objects the model instances
     * @param batchSize the most rows per statement; 0 for as many as fit
     * @return the objects, in the order given
     */
    public List<T> bulkCreate(List<T> objects, int batchSize) {
        if (routedWrite()) {
            return writing().bulkCreate(objects, batchSize);
        }
        return BulkWrites.create(info(), this::database, objects, batchSize);
    }

    /**
     * Updates {@code fields} of the (saved) objects in one statement per batch; returns the number of rows. No signals.
     *
     * @param objects saved model instances
     * @param fields the names of the fields to write
     * @return the number of rows updated
     */
    public int bulkUpdate(List<T> objects, List<String> fields) {
        return bulkUpdate(objects, fields, 0);
    }

    /**
     * As {@link #bulkUpdate(List, List)}, at most {@code batchSize} rows per statement (0: as many as fit).
     *
     * @param objects saved model instances
     * @param fields the names of the fields to write
     * @param batchSize the most rows per statement; 0 for as many as fit
     * @return the number of rows updated
     */
    public int bulkUpdate(List<T> objects, List<String> fields, int batchSize) {
        if (routedWrite()) {
            return writing().bulkUpdate(objects, fields, batchSize);
        }
        return BulkWrites.update(info(), this::database, objects, FieldNames.checked("bulkUpdate", fields == null ? null : fields.toArray(String[]::new)), batchSize);
    }

    /**
     * Every object of this QuerySet, by primary key (Django's {@code in_bulk()} without ids).
     *
     * @return primary key to object, in this QuerySet's order
     */
    public Map<Object, T> inBulk() {
        if (query.isSliced()) {
            throw new IllegalStateException("Cannot use 'limit' or 'offset' with inBulk().");
        }
        Map<Object, T> out = new LinkedHashMap<>();
        FieldInfo pk = model.pk();
        for (T obj : list()) {
            Object key = pk.value(obj);
            out.put(key instanceof dev.covet.orm.relation.Ref<?> r ? r.id() : key, obj);
        }
        return out;
    }

    /**
     * The objects with these primary keys, by key.
     *
     * @param keys the primary keys to look up
     * @return primary key to object; keys with no row are left out
     */
    public Map<Object, T> inBulk(Collection<?> keys) {
        return inBulk(keys, "pk");
    }

    /**
     * The objects whose unique {@code field} has these values, by value.
     *
     * @param values the values to look up
     * @param field a unique field's name
     * @return value to object; values with no row are left out
     */
    public Map<Object, T> inBulk(Collection<?> values, String field) {
        return InBulk.read(this, values, field);
    }

    // ---------------------------------------------------------------- async twins

    /**
     * As {@code create(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param values field name to value for the new instance
     * @return a future of the new instance
     */
    public CompletableFuture<T> createAsync(Map<String, ?> values) {
        return database().async(() -> create(values));
    }

    /**
     * As {@code getOrCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a new row (and, for updateOrCreate, on a found one)
     * @return a future of the object, and whether it was created
     */
    public CompletableFuture<GetOrCreate<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return database().async(() -> getOrCreate(lookup, defaults));
    }

    /**
     * As {@code updateOrCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on the found or the new row
     * @return a future of the object, and whether it was created
     */
    public CompletableFuture<GetOrCreate<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return database().async(() -> updateOrCreate(lookup, defaults));
    }

    /**
     * As {@code update(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param values field name to value; a value may be an {@link F} expression
     * @return a future of the number of rows updated
     */
    public CompletableFuture<Integer> updateAsync(Map<String, ?> values) {
        return database().async(() -> update(values));
    }

    /**
     * As {@code update(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param field the field name
     * @param value the new value, or an {@link F} expression
     * @return a future of the number of rows updated
     */
    public CompletableFuture<Integer> updateAsync(String field, Object value) {
        return database().async(() -> update(field, value));
    }

    /**
     * As {@code delete(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the rows removed, in total and per model
     */
    public CompletableFuture<DeleteResult> deleteAsync() {
        return database().async(this::delete);
    }

    /**
     * As {@code bulkCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param objects the model instances
     * @param batchSize the most rows per statement; 0 for as many as fit
     * @return a future of the objects
     */
    public CompletableFuture<List<T>> bulkCreateAsync(List<T> objects, int batchSize) {
        return database().async(() -> bulkCreate(objects, batchSize));
    }

    /**
     * As {@code bulkUpdate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param objects the model instances
     * @param fields the names of the fields to write
     * @param batchSize the most rows per statement; 0 for as many as fit
     * @return a future of the number of rows updated
     */
    public CompletableFuture<Integer> bulkUpdateAsync(List<T> objects, List<String> fields, int batchSize) {
        return database().async(() -> bulkUpdate(objects, fields, batchSize));
    }

    /**
     * As {@code inBulk(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param keys the primary keys to look up
     * @return a future of primary key to object
     */
    public CompletableFuture<Map<Object, T>> inBulkAsync(Collection<?> keys) {
        return database().async(() -> inBulk(keys));
    }

    // ---- typed paths from a generated metamodel (Book_.title, Book_.author); each renders to its lookup string

    /**
     * As {@link #values(String...)}, with typed paths: {@code values(Book_.title, Book_.author.name)}.
     *
     * @param first the first path
     * @param more further paths
     * @return a QuerySet of maps
     */
    public ValuesQuerySet values(dev.covet.orm.query.PathLookup first, dev.covet.orm.query.PathLookup... more) {
        return values(dev.covet.orm.query.PathLookup.lookups(first, more));
    }

    /**
     * As {@link #valuesList(String...)}, with typed paths.
     *
     * @param first the first path
     * @param more further paths
     * @return a QuerySet of lists
     */
    public ValuesListQuerySet valuesList(dev.covet.orm.query.PathLookup first, dev.covet.orm.query.PathLookup... more) {
        return valuesList(dev.covet.orm.query.PathLookup.lookups(first, more));
    }

    /**
     * As {@link #valuesList(Class, String)}, with a typed path: {@code valuesList(String.class, Book_.title)}.
     *
     * @param <V> the value type
     * @param type the class of the field's values
     * @param field the field's path
     * @return a QuerySet of values
     */
    public <V> FlatValuesQuerySet<V> valuesList(Class<V> type, dev.covet.orm.query.PathLookup field) {
        return valuesList(type, field.lookup());
    }

    /**
     * As {@link #selectRelated(String...)}, with typed relation paths: {@code selectRelated(Book_.author)}.
     *
     * @param first the first forward key path
     * @param more further paths
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> selectRelated(dev.covet.orm.query.RelationLookup first, dev.covet.orm.query.RelationLookup... more) {
        return selectRelated(dev.covet.orm.query.PathLookup.lookups(first, more));
    }

    /**
     * As {@link #prefetchRelated(String...)}, with typed relation paths: {@code prefetchRelated(Author_.books)}.
     *
     * @param first the first relation path
     * @param more further paths
     * @return a new QuerySet; this one is unchanged
     */
    public QuerySet<T> prefetchRelated(dev.covet.orm.query.RelationLookup first, dev.covet.orm.query.RelationLookup... more) {
        return prefetchRelated(dev.covet.orm.query.PathLookup.lookups(first, more));
    }

    /** Gives Covet's other packages what they need of a QuerySet beyond its public methods. */
    private static final class InternalAccess implements QuerySets.Access {
        @Override
        public <M extends Model> ModelInfo<M> info(QuerySet<M> qs) {
            return qs.info();
        }

        @Override
        public <M extends Model> QuerySet<M> lockedForShare(QuerySet<M> qs) {
            return qs.lockedForShare();
        }
    }
}
