package dev.covet.orm;

import dev.covet.orm.db.Cursor;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.OrderBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The way into a model's rows (Django's {@code Model.objects}). Every QuerySet method is here too,
 * starting from {@link #getQueryset()}. Subclass it to change the starting rows or add methods:
 *
 * <pre>{@code
 * public final class PublishedManager extends Manager<Article> {
 *     public PublishedManager() { super(Article.class); }
 *     @Override protected QuerySet<Article> getQueryset() {
 *         return super.getQueryset().filter("publishedAt__isnull", false);
 *     }
 * }
 * public static final Manager<Article> objects = Manager.of(Article.class);
 * public static final PublishedManager published = new PublishedManager();
 * }</pre>
 *
 * Thread-safe.
 *
 * @param <T> the model
 */
public class Manager<T extends Model> {
    private final Class<T> type;

    protected Manager(Class<T> type) {
        this.type = type;
    }

    /**
     * The default manager of {@code type}: the first {@code static Manager} field the class declares (then
     * its parents), as Django takes the first manager defined; a plain manager when there is none. Reverse
     * relations and prefetches start from it, so a default manager that narrows its rows narrows them too.
     *
     * @param <T> the model
     * @param type the model class
     * @return the default manager
     */
    @SuppressWarnings("unchecked")
    public static <T extends Model> Manager<T> defaultFor(Class<T> type) {
        return (Manager<T>) ModelRegistry.info(type).derived("default-manager", k -> findDefault(type));
    }

    private static Manager<?> findDefault(Class<?> type) {
        for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                int mods = f.getModifiers();
                if (java.lang.reflect.Modifier.isStatic(mods) && Manager.class.isAssignableFrom(f.getType())) {
                    try {
                        f.setAccessible(true);
                        Manager<?> m = (Manager<?>) f.get(null);
                        if (m != null && m.type == type) {
                            return m;
                        }
                    } catch (IllegalAccessException | RuntimeException e) {
                        // unreadable: look further
                    }
                }
            }
        }
        return new Manager<>(type.asSubclass(Model.class));
    }

    /**
     * The plain manager of {@code type}.
     *
     * @param <T> the model
     * @param type the model class
     * @return a manager whose rows are every row of the model
     */
    public static <T extends Model> Manager<T> of(Class<T> type) {
        return new Manager<>(type);
    }

    /**
     * The model class this manager queries.
     *
     * @return the model class
     */
    public final Class<T> modelClass() {
        return type;
    }

    /**
     * The model's metadata (Django's {@code _meta}).
     *
     * @return the metadata; the model must be registered
     */
    public final ModelInfo<T> info() {
        return ModelRegistry.info(type);
    }

    /** The rows this manager starts from; override to narrow them. */
    protected QuerySet<T> getQueryset() {
        return QuerySet.of(type);
    }

    /**
     * Every row this manager covers.
     *
     * @return a new QuerySet
     */
    public QuerySet<T> all() {
        return getQueryset();
    }

    /**
     * Instances from raw SQL with {@code ?} placeholders; columns map to fields by name.
     *
     * @param sql the SQL, with a {@code ?} for each parameter
     * @param params the parameters, bound in order (never pasted into the SQL)
     * @return the raw QuerySet, run when evaluated
     */
    public RawQuerySet<T> raw(String sql, Object... params) {
        return new RawQuerySet<>(info(), sql, List.of(params), null);
    }

    // ---------------------------------------------------------------- the QuerySet API, from getQueryset()

    /**
     * As {@code QuerySet.filter(...)} on {@link #getQueryset()}.
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return a new QuerySet
     */
    public QuerySet<T> filter(String lookup, Object value) {
        return getQueryset().filter(lookup, value);
    }

    /**
     * As {@code QuerySet.filter(...)} on {@link #getQueryset()}.
     *
     * @param conditions the conditions, ANDed
     * @return a new QuerySet
     */
    public QuerySet<T> filter(Q... conditions) {
        return getQueryset().filter(conditions);
    }

    /**
     * As {@code QuerySet.filter(...)} on {@link #getQueryset()}.
     *
     * @param conditions lookup to value, ANDed
     * @return a new QuerySet
     */
    public QuerySet<T> filter(Map<String, ?> conditions) {
        return getQueryset().filter(conditions);
    }

    /**
     * As {@code QuerySet.exclude(...)} on {@link #getQueryset()}.
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return a new QuerySet
     */
    public QuerySet<T> exclude(String lookup, Object value) {
        return getQueryset().exclude(lookup, value);
    }

    /**
     * As {@code QuerySet.exclude(...)} on {@link #getQueryset()}.
     *
     * @param conditions the conditions; a row is left out when all of them hold
     * @return a new QuerySet
     */
    public QuerySet<T> exclude(Q... conditions) {
        return getQueryset().exclude(conditions);
    }

    /**
     * As {@code QuerySet.exclude(...)} on {@link #getQueryset()}.
     *
     * @param conditions lookup to value; a row is left out when all of them hold
     * @return a new QuerySet
     */
    public QuerySet<T> exclude(Map<String, ?> conditions) {
        return getQueryset().exclude(conditions);
    }

    /**
     * Rows for which {@code condition} (such as {@link dev.covet.orm.query.Exists}) holds.
     *
     * @param condition a boolean expression
     * @return a new QuerySet
     */
    public QuerySet<T> filter(dev.covet.orm.query.Expression condition) {
        return getQueryset().filter(condition);
    }

    /**
     * Rows for which {@code condition} does not hold.
     *
     * @param condition a boolean expression
     * @return a new QuerySet
     */
    public QuerySet<T> exclude(dev.covet.orm.query.Expression condition) {
        return getQueryset().exclude(condition);
    }

    /**
     * As {@code QuerySet.get(...)} on {@link #getQueryset()}.
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return the row
     * @throws dev.covet.orm.exception.DoesNotExist if no row matches
     * @throws dev.covet.orm.exception.MultipleObjectsReturned if several rows match
     */
    public T get(String lookup, Object value) {
        return getQueryset().get(lookup, value);
    }

    /**
     * As {@code QuerySet.get(...)} on {@link #getQueryset()}.
     *
     * @param conditions the conditions, ANDed
     * @return the row
     * @throws dev.covet.orm.exception.DoesNotExist if no row matches
     * @throws dev.covet.orm.exception.MultipleObjectsReturned if several rows match
     */
    public T get(Q... conditions) {
        return getQueryset().get(conditions);
    }

    /**
     * As {@code QuerySet.get(...)} on {@link #getQueryset()}.
     *
     * @param conditions lookup to value, ANDed
     * @return the row
     * @throws dev.covet.orm.exception.DoesNotExist if no row matches
     * @throws dev.covet.orm.exception.MultipleObjectsReturned if several rows match
     */
    public T get(Map<String, ?> conditions) {
        return getQueryset().get(conditions);
    }

    /**
     * As {@code QuerySet.first(...)} on {@link #getQueryset()}.
     *
     * @return the first row, or empty when there is none
     */
    public Optional<T> first() {
        return getQueryset().first();
    }

    /**
     * As {@code QuerySet.last(...)} on {@link #getQueryset()}.
     *
     * @return the last row, or empty when there is none
     */
    public Optional<T> last() {
        return getQueryset().last();
    }

    /**
     * As {@code QuerySet.count(...)} on {@link #getQueryset()}.
     *
     * @return the number of rows
     */
    public long count() {
        return getQueryset().count();
    }

    /**
     * As {@code QuerySet.exists(...)} on {@link #getQueryset()}.
     *
     * @return true if a row matches
     */
    public boolean exists() {
        return getQueryset().exists();
    }

    /**
     * As {@code QuerySet.list(...)} on {@link #getQueryset()}.
     *
     * @return the rows, unmodifiable
     */
    public List<T> list() {
        return getQueryset().list();
    }

    /**
     * As {@code QuerySet.iterator(...)} on {@link #getQueryset()}.
     *
     * @param chunkSize the number of rows fetched per round trip
     * @return the open cursor
     */
    public Cursor<T> iterator(int chunkSize) {
        return getQueryset().iterator(chunkSize);
    }

    /**
     * As {@code QuerySet.orderBy(...)} on {@link #getQueryset()}.
     *
     * @param fields field paths, {@code "-"} first for descending, {@code "?"} for random
     * @return a new QuerySet
     */
    public QuerySet<T> orderBy(String... fields) {
        return getQueryset().orderBy(fields);
    }

    /**
     * As {@code QuerySet.orderBy(...)} on {@link #getQueryset()}.
     *
     * @param first the first ordering, such as {@code F.of("price").desc()}
     * @param more further orderings, for ties
     * @return a new QuerySet
     */
    public QuerySet<T> orderBy(OrderBy first, OrderBy... more) {
        return getQueryset().orderBy(first, more);
    }

    /**
     * As {@code QuerySet.distinct(...)} on {@link #getQueryset()}.
     *
     * @return a new QuerySet
     */
    public QuerySet<T> distinct() {
        return getQueryset().distinct();
    }

    /**
     * As {@code QuerySet.distinct(...)} on {@link #getQueryset()}.
     *
     * @param fields the field paths whose values must differ; lead the ordering with them
     * @return a new QuerySet
     */
    public QuerySet<T> distinct(String... fields) {
        return getQueryset().distinct(fields);
    }

    /**
     * As {@code QuerySet.slice(...)} on {@link #getQueryset()}.
     *
     * @param from the index of the first row, from 0
     * @param to the index after the last row
     * @return a new QuerySet
     */
    public QuerySet<T> slice(long from, long to) {
        return getQueryset().slice(from, to);
    }

    /**
     * As {@code QuerySet.limit(...)} on {@link #getQueryset()}.
     *
     * @param n the most rows to return
     * @return a new QuerySet
     */
    public QuerySet<T> limit(long n) {
        return getQueryset().limit(n);
    }

    /**
     * As {@code QuerySet.offset(...)} on {@link #getQueryset()}.
     *
     * @param n the number of rows to skip
     * @return a new QuerySet
     */
    public QuerySet<T> offset(long n) {
        return getQueryset().offset(n);
    }

    /**
     * As {@code QuerySet.using(...)} on {@link #getQueryset()}.
     *
     * @param alias the alias the database is configured under
     * @return a new QuerySet
     */
    public QuerySet<T> using(String alias) {
        return getQueryset().using(alias);
    }

    /**
     * As {@code QuerySet.none(...)} on {@link #getQueryset()}.
     *
     * @return a new QuerySet
     */
    public QuerySet<T> none() {
        return getQueryset().none();
    }

    /**
     * As {@code QuerySet.selectRelated(...)} on {@link #getQueryset()}.
     *
     * @param fields forward key paths, such as {@code "author__publisher"}
     * @return a new QuerySet
     */
    public QuerySet<T> selectRelated(String... fields) {
        return getQueryset().selectRelated(fields);
    }

    /**
     * As {@code QuerySet.prefetchRelated(...)} on {@link #getQueryset()}.
     *
     * @param lookups relation paths, such as {@code "books__publisher"}
     * @return a new QuerySet
     */
    public QuerySet<T> prefetchRelated(String... lookups) {
        return getQueryset().prefetchRelated(lookups);
    }

    /**
     * As {@code QuerySet.prefetchRelated(...)} on {@link #getQueryset()}.
     *
     * @param first the first relation to prefetch
     * @param more further relations
     * @return a new QuerySet
     */
    public QuerySet<T> prefetchRelated(Prefetch first, Prefetch... more) {
        return getQueryset().prefetchRelated(first, more);
    }

    /**
     * As {@code QuerySet.only(...)} on {@link #getQueryset()}.
     *
     * @param fields field paths to load; the primary key is always loaded
     * @return a new QuerySet
     */
    public QuerySet<T> only(String... fields) {
        return getQueryset().only(fields);
    }

    /**
     * As {@code QuerySet.defer(...)} on {@link #getQueryset()}.
     *
     * @param fields field paths to leave out
     * @return a new QuerySet
     */
    public QuerySet<T> defer(String... fields) {
        return getQueryset().defer(fields);
    }

    /**
     * As {@code QuerySet.annotate(...)} on {@link #getQueryset()}.
     *
     * @param alias the name the value is read back by ({@code get(alias)}) and filtered on
     * @param expression the value's expression, or an aggregate
     * @return a new QuerySet
     */
    public QuerySet<T> annotate(String alias, Expression expression) {
        return getQueryset().annotate(alias, expression);
    }

    /**
     * See {@link QuerySet#alias}.
     *
     * @param alias the name to filter and order by
     * @param expression the value's expression, or an aggregate
     * @return a new QuerySet
     */
    public QuerySet<T> alias(String alias, Expression expression) {
        return getQueryset().alias(alias, expression);
    }

    /**
     * See {@link QuerySet#updateOrCreate(Map, Map, Map)}.
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a found row
     * @param createDefaults field name to value, set on a new row
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        return getQueryset().updateOrCreate(lookup, defaults, createDefaults);
    }

    /**
     * See {@link QuerySet#latest}.
     *
     * @param fields one or more field paths, {@code "-"} first to reverse one
     * @return the row
     * @throws dev.covet.orm.exception.DoesNotExist if there is no row
     * @throws dev.covet.orm.exception.FieldError if no field is given
     */
    public T latest(String... fields) {
        return getQueryset().latest(fields);
    }

    /**
     * See {@link QuerySet#earliest}.
     *
     * @param fields one or more field paths, {@code "-"} first to reverse one
     * @return the row
     * @throws dev.covet.orm.exception.DoesNotExist if there is no row
     * @throws dev.covet.orm.exception.FieldError if no field is given
     */
    public T earliest(String... fields) {
        return getQueryset().earliest(fields);
    }

    /**
     * As {@code QuerySet.annotate(...)} on {@link #getQueryset()}.
     *
     * @param aggregates the aggregates, each named after its field and function
     * @return a new QuerySet
     */
    public QuerySet<T> annotate(Aggregate... aggregates) {
        return getQueryset().annotate(aggregates);
    }

    /**
     * As {@code QuerySet.values(...)} on {@link #getQueryset()}.
     *
     * @param fields field paths, the keys of each map
     * @return a QuerySet of maps
     */
    public ValuesQuerySet values(String... fields) {
        return getQueryset().values(fields);
    }

    /**
     * Rows as records of {@code type}; see {@link QuerySet#values(Class, String...)}.
     *
     * @param type the record class
     * @param fields the path of each component in order, or none to match components by name
     * @param <R> the record type
     * @return a QuerySet of records
     */
    public <R extends Record> RecordQuerySet<R> values(Class<R> type, String... fields) {
        return getQueryset().values(type, fields);
    }

    /**
     * As {@code QuerySet.valuesList(...)} on {@link #getQueryset()}.
     *
     * @param fields field paths, in the order of each list
     * @return a QuerySet of lists
     */
    public ValuesListQuerySet valuesList(String... fields) {
        return getQueryset().valuesList(fields);
    }

    /**
     * As {@code QuerySet.valuesList(...)} on {@link #getQueryset()}.
     *
     * @param <V> the value type
     * @param type the class of the field's values
     * @param field the field path
     * @return a QuerySet of values
     */
    public <V> FlatValuesQuerySet<V> valuesList(Class<V> type, String field) {
        return getQueryset().valuesList(type, field);
    }

    /**
     * As {@code QuerySet.aggregate(...)} on {@link #getQueryset()}.
     *
     * @param aggregates the aggregates, each named with {@code as(...)}
     * @return name to value, in the order given
     */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        return getQueryset().aggregate(aggregates);
    }

    /**
     * As {@code QuerySet.selectForUpdate(...)} on {@link #getQueryset()}.
     *
     * @return a new QuerySet
     */
    public QuerySet<T> selectForUpdate() {
        return getQueryset().selectForUpdate();
    }

    /**
     * As {@code QuerySet.selectForUpdate(...)} on {@link #getQueryset()}.
     *
     * @param nowait fail at once when a row is locked, instead of waiting
     * @param skipLocked leave locked rows out, instead of waiting
     * @return a new QuerySet
     */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked) {
        return getQueryset().selectForUpdate(nowait, skipLocked);
    }

    /**
     * As {@code QuerySet.selectForUpdate(...)} on {@link #getQueryset()}.
     *
     * @param nowait fail at once when a row is locked, instead of waiting
     * @param skipLocked leave locked rows out, instead of waiting
     * @param noKey take PostgreSQL's {@code FOR NO KEY UPDATE}
     * @param of {@code "self"} and relation paths whose tables to lock
     * @return a new QuerySet
     */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked, boolean noKey, String... of) {
        return getQueryset().selectForUpdate(nowait, skipLocked, noKey, of);
    }

    /**
     * As {@code QuerySet.dates(...)} on {@link #getQueryset()}.
     *
     * @param field the date or datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @param order {@code "ASC"} or {@code "DESC"}
     * @return a QuerySet of dates
     */
    public FlatValuesQuerySet<java.time.LocalDate> dates(String field, String kind, String order) {
        return getQueryset().dates(field, kind, order);
    }

    /**
     * As {@code QuerySet.dates(...)} on {@link #getQueryset()}.
     *
     * @param field the date or datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @return a QuerySet of dates, oldest first
     */
    public FlatValuesQuerySet<java.time.LocalDate> dates(String field, String kind) {
        return getQueryset().dates(field, kind);
    }

    /**
     * As {@code QuerySet.datetimes(...)} on {@link #getQueryset()}.
     *
     * @param field the datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @param order {@code "ASC"} or {@code "DESC"}
     * @return a QuerySet of instants
     */
    public FlatValuesQuerySet<java.time.Instant> datetimes(String field, String kind, String order) {
        return getQueryset().datetimes(field, kind, order);
    }

    /**
     * As {@code QuerySet.datetimes(...)} on {@link #getQueryset()}.
     *
     * @param field the datetime field
     * @param kind the unit to truncate to, such as {@code "month"}
     * @return a QuerySet of instants, oldest first
     */
    public FlatValuesQuerySet<java.time.Instant> datetimes(String field, String kind) {
        return getQueryset().datetimes(field, kind);
    }

    /**
     * As {@code QuerySet.strict(...)} on {@link #getQueryset()}.
     *
     * @return a new QuerySet
     */
    public QuerySet<T> strict() {
        return getQueryset().strict();
    }

    /**
     * As {@code QuerySet.create(...)} on {@link #getQueryset()}.
     *
     * @param values field name to value for the new instance
     * @return the new instance, saved, with its generated key
     */
    public T create(Map<String, ?> values) {
        return getQueryset().create(values);
    }

    /**
     * As {@code QuerySet.getOrCreate(...)} on {@link #getQueryset()}.
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a new row (and, for updateOrCreate, on a found one)
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().getOrCreate(lookup, defaults);
    }

    /**
     * As {@code QuerySet.getOrCreate(...)} on {@link #getQueryset()}.
     *
     * @param lookup the condition that finds the row
     * @param defaults field name to value for a new row
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> getOrCreate(Q lookup, Map<String, ?> defaults) {
        return getQueryset().getOrCreate(lookup, defaults);
    }

    /**
     * As {@code QuerySet.updateOrCreate(...)} on {@link #getQueryset()}.
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a new row (and, for updateOrCreate, on a found one)
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().updateOrCreate(lookup, defaults);
    }

    /**
     * As {@code QuerySet.updateOrCreate(...)} on {@link #getQueryset()}.
     *
     * @param lookup the condition that finds the row
     * @param defaults field name to value, set on the found or the new row
     * @return the object, and whether it was created
     */
    public GetOrCreate<T> updateOrCreate(Q lookup, Map<String, ?> defaults) {
        return getQueryset().updateOrCreate(lookup, defaults);
    }

    /**
     * As {@code QuerySet.update(...)} on {@link #getQueryset()}.
     *
     * @param field the field name
     * @param value the new value, or an {@link F} expression
     * @return the number of rows updated
     */
    public int update(String field, Object value) {
        return getQueryset().update(field, value);
    }

    /**
     * As {@code QuerySet.update(...)} on {@link #getQueryset()}.
     *
     * @param values field name to value; a value may be an {@link F} expression
     * @return the number of rows updated
     */
    public int update(Map<String, ?> values) {
        return getQueryset().update(values);
    }

    /**
     * As {@code QuerySet.bulkCreate(...)} on {@link #getQueryset()}.
     *
     * @param objects the model instances
     * @return the objects, in the order given
     */
    public List<T> bulkCreate(List<T> objects) {
        return getQueryset().bulkCreate(objects);
    }

    /**
     * See {@link QuerySet#bulkCreate(List, OnConflict)}.
     *
     * @param objects the model instances
     * @param onConflict skip or update a conflicting row
     * @return the objects, in the order given
     */
    public List<T> bulkCreate(List<T> objects, OnConflict onConflict) {
        return getQueryset().bulkCreate(objects, onConflict);
    }

    /**
     * As {@code QuerySet.bulkCreate(...)} on {@link #getQueryset()}.
     *
     * @param objects the model instances
     * @param batchSize the most rows per statement; 0 for as many as fit
     * @return the objects, in the order given
     */
    public List<T> bulkCreate(List<T> objects, int batchSize) {
        return getQueryset().bulkCreate(objects, batchSize);
    }

    /**
     * As {@code QuerySet.bulkUpdate(...)} on {@link #getQueryset()}.
     *
     * @param objects saved model instances
     * @param fields the names of the fields to write
     * @return the number of rows updated
     */
    public int bulkUpdate(List<T> objects, List<String> fields) {
        return getQueryset().bulkUpdate(objects, fields);
    }

    /**
     * As {@code QuerySet.bulkUpdate(...)} on {@link #getQueryset()}.
     *
     * @param objects saved model instances
     * @param fields the names of the fields to write
     * @param batchSize the most rows per statement; 0 for as many as fit
     * @return the number of rows updated
     */
    public int bulkUpdate(List<T> objects, List<String> fields, int batchSize) {
        return getQueryset().bulkUpdate(objects, fields, batchSize);
    }

    /**
     * Every object this manager covers, by primary key (Django's {@code Model.objects.in_bulk()}): as
     * {@code QuerySet.inBulk()} on {@link #getQueryset()}.
     *
     * @return primary key to object, in the manager's order
     */
    public Map<Object, T> inBulk() {
        return getQueryset().inBulk();
    }

    /**
     * As {@code QuerySet.inBulk(...)} on {@link #getQueryset()}.
     *
     * @param keys the primary keys to look up
     * @return primary key to object; keys with no row are left out
     */
    public Map<Object, T> inBulk(Collection<?> keys) {
        return getQueryset().inBulk(keys);
    }

    /**
     * As {@code QuerySet.inBulk(...)} on {@link #getQueryset()}.
     *
     * @param values the values to look up
     * @param field a unique field's name
     * @return value to object; values with no row are left out
     */
    public Map<Object, T> inBulk(Collection<?> values, String field) {
        return getQueryset().inBulk(values, field);
    }

    // ---------------------------------------------------------------- async twins

    /**
     * As {@code list(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the rows
     */
    public CompletableFuture<List<T>> listAsync() {
        return getQueryset().listAsync();
    }

    /**
     * As {@code get(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return a future of the row; it fails as {@code get} does
     */
    public CompletableFuture<T> getAsync(String lookup, Object value) {
        return getQueryset().getAsync(lookup, value);
    }

    /**
     * As {@code get(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param conditions the conditions, ANDed
     * @return a future of the row; it fails as {@code get} does
     */
    public CompletableFuture<T> getAsync(Q... conditions) {
        return getQueryset().getAsync(conditions);
    }

    /**
     * As {@code first(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the first row, or empty
     */
    public CompletableFuture<Optional<T>> firstAsync() {
        return getQueryset().firstAsync();
    }

    /**
     * As {@code last(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the last row, or empty
     */
    public CompletableFuture<Optional<T>> lastAsync() {
        return getQueryset().lastAsync();
    }

    /**
     * As {@code count(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the number of rows
     */
    public CompletableFuture<Long> countAsync() {
        return getQueryset().countAsync();
    }

    /**
     * As {@code exists(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of whether a row matches
     */
    public CompletableFuture<Boolean> existsAsync() {
        return getQueryset().existsAsync();
    }

    /**
     * As {@code aggregate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param aggregates the aggregates, each named with {@code as(...)}
     * @return a future of name to value
     */
    public CompletableFuture<Map<String, Object>> aggregateAsync(Aggregate... aggregates) {
        return getQueryset().aggregateAsync(aggregates);
    }

    /**
     * As {@code create(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param values field name to value for the new instance
     * @return a future of the new instance
     */
    public CompletableFuture<T> createAsync(Map<String, ?> values) {
        return getQueryset().createAsync(values);
    }

    /**
     * As {@code getOrCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on a new row (and, for updateOrCreate, on a found one)
     * @return a future of the object, and whether it was created
     */
    public CompletableFuture<GetOrCreate<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().getOrCreateAsync(lookup, defaults);
    }

    /**
     * As {@code updateOrCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param lookup lookup to value that finds the row; its values also go into a new row
     * @param defaults field name to value, set on the found or the new row
     * @return a future of the object, and whether it was created
     */
    public CompletableFuture<GetOrCreate<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().updateOrCreateAsync(lookup, defaults);
    }

    /**
     * As {@code update(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param values field name to value; a value may be an {@link F} expression
     * @return a future of the number of rows updated
     */
    public CompletableFuture<Integer> updateAsync(Map<String, ?> values) {
        return getQueryset().updateAsync(values);
    }

    /**
     * As {@code bulkCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param objects the model instances
     * @param batchSize the most rows per statement; 0 for as many as fit
     * @return a future of the objects
     */
    public CompletableFuture<List<T>> bulkCreateAsync(List<T> objects, int batchSize) {
        return getQueryset().bulkCreateAsync(objects, batchSize);
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
        return getQueryset().bulkUpdateAsync(objects, fields, batchSize);
    }

    /**
     * As {@code inBulk(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param keys the primary keys to look up
     * @return a future of primary key to object
     */
    public CompletableFuture<Map<Object, T>> inBulkAsync(Collection<?> keys) {
        return getQueryset().inBulkAsync(keys);
    }

    // ---- typed paths from a generated metamodel: see the QuerySet overloads

    /**
     * As {@code QuerySet.values(...)} on {@link #getQueryset()}.
     *
     * @param first the first path
     * @param more further paths
     * @return a QuerySet of maps
     */
    public ValuesQuerySet values(dev.covet.orm.query.PathLookup first, dev.covet.orm.query.PathLookup... more) {
        return getQueryset().values(first, more);
    }

    /**
     * As {@code QuerySet.valuesList(...)} on {@link #getQueryset()}.
     *
     * @param first the first path
     * @param more further paths
     * @return a QuerySet of lists
     */
    public ValuesListQuerySet valuesList(dev.covet.orm.query.PathLookup first, dev.covet.orm.query.PathLookup... more) {
        return getQueryset().valuesList(first, more);
    }

    /**
     * As {@code QuerySet.valuesList(...)} on {@link #getQueryset()}.
     *
     * @param <V> the value type
     * @param type the class of the field's values
     * @param field the field's path
     * @return a QuerySet of values
     */
    public <V> FlatValuesQuerySet<V> valuesList(Class<V> type, dev.covet.orm.query.PathLookup field) {
        return getQueryset().valuesList(type, field);
    }

    /**
     * As {@code QuerySet.selectRelated(...)} on {@link #getQueryset()}.
     *
     * @param first the first forward key path
     * @param more further paths
     * @return a new QuerySet
     */
    public QuerySet<T> selectRelated(dev.covet.orm.query.RelationLookup first, dev.covet.orm.query.RelationLookup... more) {
        return getQueryset().selectRelated(first, more);
    }

    /**
     * As {@code QuerySet.prefetchRelated(...)} on {@link #getQueryset()}.
     *
     * @param first the first relation path
     * @param more further paths
     * @return a new QuerySet
     */
    public QuerySet<T> prefetchRelated(dev.covet.orm.query.RelationLookup first, dev.covet.orm.query.RelationLookup... more) {
        return getQueryset().prefetchRelated(first, more);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + type.getSimpleName() + ">";
    }
}
