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

    /** The plain manager of {@code type}. */
    public static <T extends Model> Manager<T> of(Class<T> type) {
        return new Manager<>(type);
    }

    /** The model class this manager queries. */
    public final Class<T> modelClass() {
        return type;
    }

    /** The model's metadata (Django's {@code _meta}). */
    public final ModelInfo<T> info() {
        return ModelRegistry.info(type);
    }

    /** The rows this manager starts from; override to narrow them. */
    protected QuerySet<T> getQueryset() {
        return QuerySet.of(type);
    }

    /** Every row this manager covers. */
    public QuerySet<T> all() {
        return getQueryset();
    }

    /** Instances from raw SQL with {@code ?} placeholders; columns map to fields by name. */
    public RawQuerySet<T> raw(String sql, Object... params) {
        return new RawQuerySet<>(info(), sql, List.of(params), null);
    }

    // ---------------------------------------------------------------- the QuerySet API, from getQueryset()

    /** As {@code QuerySet.filter(...)} on {@link #getQueryset()}. */
    public QuerySet<T> filter(String lookup, Object value) {
        return getQueryset().filter(lookup, value);
    }

    /** As {@code QuerySet.filter(...)} on {@link #getQueryset()}. */
    public QuerySet<T> filter(Q... conditions) {
        return getQueryset().filter(conditions);
    }

    /** As {@code QuerySet.filter(...)} on {@link #getQueryset()}. */
    public QuerySet<T> filter(Map<String, ?> conditions) {
        return getQueryset().filter(conditions);
    }

    /** As {@code QuerySet.exclude(...)} on {@link #getQueryset()}. */
    public QuerySet<T> exclude(String lookup, Object value) {
        return getQueryset().exclude(lookup, value);
    }

    /** As {@code QuerySet.exclude(...)} on {@link #getQueryset()}. */
    public QuerySet<T> exclude(Q... conditions) {
        return getQueryset().exclude(conditions);
    }

    /** As {@code QuerySet.exclude(...)} on {@link #getQueryset()}. */
    public QuerySet<T> exclude(Map<String, ?> conditions) {
        return getQueryset().exclude(conditions);
    }

    /** Rows for which {@code condition} (such as {@link dev.covet.orm.query.Exists}) holds. */
    public QuerySet<T> filter(dev.covet.orm.query.Expression condition) {
        return getQueryset().filter(condition);
    }

    /** Rows for which {@code condition} does not hold. */
    public QuerySet<T> exclude(dev.covet.orm.query.Expression condition) {
        return getQueryset().exclude(condition);
    }

    /** As {@code QuerySet.get(...)} on {@link #getQueryset()}. */
    public T get(String lookup, Object value) {
        return getQueryset().get(lookup, value);
    }

    /** As {@code QuerySet.get(...)} on {@link #getQueryset()}. */
    public T get(Q... conditions) {
        return getQueryset().get(conditions);
    }

    /** As {@code QuerySet.get(...)} on {@link #getQueryset()}. */
    public T get(Map<String, ?> conditions) {
        return getQueryset().get(conditions);
    }

    /** As {@code QuerySet.first(...)} on {@link #getQueryset()}. */
    public Optional<T> first() {
        return getQueryset().first();
    }

    /** As {@code QuerySet.last(...)} on {@link #getQueryset()}. */
    public Optional<T> last() {
        return getQueryset().last();
    }

    /** As {@code QuerySet.count(...)} on {@link #getQueryset()}. */
    public long count() {
        return getQueryset().count();
    }

    /** As {@code QuerySet.exists(...)} on {@link #getQueryset()}. */
    public boolean exists() {
        return getQueryset().exists();
    }

    /** As {@code QuerySet.list(...)} on {@link #getQueryset()}. */
    public List<T> list() {
        return getQueryset().list();
    }

    /** As {@code QuerySet.iterator(...)} on {@link #getQueryset()}. */
    public Cursor<T> iterator(int chunkSize) {
        return getQueryset().iterator(chunkSize);
    }

    /** As {@code QuerySet.orderBy(...)} on {@link #getQueryset()}. */
    public QuerySet<T> orderBy(String... fields) {
        return getQueryset().orderBy(fields);
    }

    /** As {@code QuerySet.orderBy(...)} on {@link #getQueryset()}. */
    public QuerySet<T> orderBy(OrderBy first, OrderBy... more) {
        return getQueryset().orderBy(first, more);
    }

    /** As {@code QuerySet.distinct(...)} on {@link #getQueryset()}. */
    public QuerySet<T> distinct() {
        return getQueryset().distinct();
    }

    /** As {@code QuerySet.distinct(...)} on {@link #getQueryset()}. */
    public QuerySet<T> distinct(String... fields) {
        return getQueryset().distinct(fields);
    }

    /** As {@code QuerySet.slice(...)} on {@link #getQueryset()}. */
    public QuerySet<T> slice(long from, long to) {
        return getQueryset().slice(from, to);
    }

    /** As {@code QuerySet.limit(...)} on {@link #getQueryset()}. */
    public QuerySet<T> limit(long n) {
        return getQueryset().limit(n);
    }

    /** As {@code QuerySet.offset(...)} on {@link #getQueryset()}. */
    public QuerySet<T> offset(long n) {
        return getQueryset().offset(n);
    }

    /** As {@code QuerySet.using(...)} on {@link #getQueryset()}. */
    public QuerySet<T> using(String alias) {
        return getQueryset().using(alias);
    }

    /** As {@code QuerySet.none(...)} on {@link #getQueryset()}. */
    public QuerySet<T> none() {
        return getQueryset().none();
    }

    /** As {@code QuerySet.selectRelated(...)} on {@link #getQueryset()}. */
    public QuerySet<T> selectRelated(String... fields) {
        return getQueryset().selectRelated(fields);
    }

    /** As {@code QuerySet.prefetchRelated(...)} on {@link #getQueryset()}. */
    public QuerySet<T> prefetchRelated(String... lookups) {
        return getQueryset().prefetchRelated(lookups);
    }

    /** As {@code QuerySet.prefetchRelated(...)} on {@link #getQueryset()}. */
    public QuerySet<T> prefetchRelated(Prefetch first, Prefetch... more) {
        return getQueryset().prefetchRelated(first, more);
    }

    /** As {@code QuerySet.only(...)} on {@link #getQueryset()}. */
    public QuerySet<T> only(String... fields) {
        return getQueryset().only(fields);
    }

    /** As {@code QuerySet.defer(...)} on {@link #getQueryset()}. */
    public QuerySet<T> defer(String... fields) {
        return getQueryset().defer(fields);
    }

    /** As {@code QuerySet.annotate(...)} on {@link #getQueryset()}. */
    public QuerySet<T> annotate(String alias, Expression expression) {
        return getQueryset().annotate(alias, expression);
    }

    /** See {@link QuerySet#alias}. */
    public QuerySet<T> alias(String alias, Expression expression) {
        return getQueryset().alias(alias, expression);
    }

    /** See {@link QuerySet#updateOrCreate(Map, Map, Map)}. */
    public GetOrCreate<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        return getQueryset().updateOrCreate(lookup, defaults, createDefaults);
    }

    /** See {@link QuerySet#latest}. */
    public T latest(String... fields) {
        return getQueryset().latest(fields);
    }

    /** See {@link QuerySet#earliest}. */
    public T earliest(String... fields) {
        return getQueryset().earliest(fields);
    }

    /** As {@code QuerySet.annotate(...)} on {@link #getQueryset()}. */
    public QuerySet<T> annotate(Aggregate... aggregates) {
        return getQueryset().annotate(aggregates);
    }

    /** As {@code QuerySet.values(...)} on {@link #getQueryset()}. */
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

    /** As {@code QuerySet.valuesList(...)} on {@link #getQueryset()}. */
    public ValuesListQuerySet valuesList(String... fields) {
        return getQueryset().valuesList(fields);
    }

    /** As {@code QuerySet.valuesList(...)} on {@link #getQueryset()}. */
    public <V> FlatValuesQuerySet<V> valuesList(Class<V> type, String field) {
        return getQueryset().valuesList(type, field);
    }

    /** As {@code QuerySet.aggregate(...)} on {@link #getQueryset()}. */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        return getQueryset().aggregate(aggregates);
    }

    /** As {@code QuerySet.selectForUpdate(...)} on {@link #getQueryset()}. */
    public QuerySet<T> selectForUpdate() {
        return getQueryset().selectForUpdate();
    }

    /** As {@code QuerySet.selectForUpdate(...)} on {@link #getQueryset()}. */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked) {
        return getQueryset().selectForUpdate(nowait, skipLocked);
    }

    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked, boolean noKey, String... of) {
        return getQueryset().selectForUpdate(nowait, skipLocked, noKey, of);
    }

    public FlatValuesQuerySet<java.time.LocalDate> dates(String field, String kind, String order) {
        return getQueryset().dates(field, kind, order);
    }

    public FlatValuesQuerySet<java.time.LocalDate> dates(String field, String kind) {
        return getQueryset().dates(field, kind);
    }

    public FlatValuesQuerySet<java.time.Instant> datetimes(String field, String kind, String order) {
        return getQueryset().datetimes(field, kind, order);
    }

    public FlatValuesQuerySet<java.time.Instant> datetimes(String field, String kind) {
        return getQueryset().datetimes(field, kind);
    }

    /** As {@code QuerySet.strict(...)} on {@link #getQueryset()}. */
    public QuerySet<T> strict() {
        return getQueryset().strict();
    }

    /** As {@code QuerySet.create(...)} on {@link #getQueryset()}. */
    public T create(Map<String, ?> values) {
        return getQueryset().create(values);
    }

    /** As {@code QuerySet.getOrCreate(...)} on {@link #getQueryset()}. */
    public GetOrCreate<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().getOrCreate(lookup, defaults);
    }

    /** As {@code QuerySet.getOrCreate(...)} on {@link #getQueryset()}. */
    public GetOrCreate<T> getOrCreate(Q lookup, Map<String, ?> defaults) {
        return getQueryset().getOrCreate(lookup, defaults);
    }

    /** As {@code QuerySet.updateOrCreate(...)} on {@link #getQueryset()}. */
    public GetOrCreate<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().updateOrCreate(lookup, defaults);
    }

    /** As {@code QuerySet.updateOrCreate(...)} on {@link #getQueryset()}. */
    public GetOrCreate<T> updateOrCreate(Q lookup, Map<String, ?> defaults) {
        return getQueryset().updateOrCreate(lookup, defaults);
    }

    /** As {@code QuerySet.update(...)} on {@link #getQueryset()}. */
    public int update(String field, Object value) {
        return getQueryset().update(field, value);
    }

    /** As {@code QuerySet.update(...)} on {@link #getQueryset()}. */
    public int update(Map<String, ?> values) {
        return getQueryset().update(values);
    }

    /** As {@code QuerySet.bulkCreate(...)} on {@link #getQueryset()}. */
    public List<T> bulkCreate(List<T> objects) {
        return getQueryset().bulkCreate(objects);
    }

    /** See {@link QuerySet#bulkCreate(List, OnConflict)}. */
    public List<T> bulkCreate(List<T> objects, OnConflict onConflict) {
        return getQueryset().bulkCreate(objects, onConflict);
    }

    /** As {@code QuerySet.bulkCreate(...)} on {@link #getQueryset()}. */
    public List<T> bulkCreate(List<T> objects, int batchSize) {
        return getQueryset().bulkCreate(objects, batchSize);
    }

    /** As {@code QuerySet.bulkUpdate(...)} on {@link #getQueryset()}. */
    public int bulkUpdate(List<T> objects, List<String> fields) {
        return getQueryset().bulkUpdate(objects, fields);
    }

    /** As {@code QuerySet.bulkUpdate(...)} on {@link #getQueryset()}. */
    public int bulkUpdate(List<T> objects, List<String> fields, int batchSize) {
        return getQueryset().bulkUpdate(objects, fields, batchSize);
    }

    /** As {@code QuerySet.inBulk(...)} on {@link #getQueryset()}. */
    public Map<Object, T> inBulk(Collection<?> keys) {
        return getQueryset().inBulk(keys);
    }

    /** As {@code QuerySet.inBulk(...)} on {@link #getQueryset()}. */
    public Map<Object, T> inBulk(Collection<?> values, String field) {
        return getQueryset().inBulk(values, field);
    }

    // ---------------------------------------------------------------- async twins

    /** As {@code list(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<List<T>> listAsync() {
        return getQueryset().listAsync();
    }

    /** As {@code get(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<T> getAsync(String lookup, Object value) {
        return getQueryset().getAsync(lookup, value);
    }

    /** As {@code get(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<T> getAsync(Q... conditions) {
        return getQueryset().getAsync(conditions);
    }

    /** As {@code first(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Optional<T>> firstAsync() {
        return getQueryset().firstAsync();
    }

    /** As {@code last(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Optional<T>> lastAsync() {
        return getQueryset().lastAsync();
    }

    /** As {@code count(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Long> countAsync() {
        return getQueryset().countAsync();
    }

    /** As {@code exists(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Boolean> existsAsync() {
        return getQueryset().existsAsync();
    }

    /** As {@code aggregate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Map<String, Object>> aggregateAsync(Aggregate... aggregates) {
        return getQueryset().aggregateAsync(aggregates);
    }

    /** As {@code create(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<T> createAsync(Map<String, ?> values) {
        return getQueryset().createAsync(values);
    }

    /** As {@code getOrCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<GetOrCreate<T>> getOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().getOrCreateAsync(lookup, defaults);
    }

    /** As {@code updateOrCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<GetOrCreate<T>> updateOrCreateAsync(Map<String, ?> lookup, Map<String, ?> defaults) {
        return getQueryset().updateOrCreateAsync(lookup, defaults);
    }

    /** As {@code update(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Integer> updateAsync(Map<String, ?> values) {
        return getQueryset().updateAsync(values);
    }

    /** As {@code bulkCreate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<List<T>> bulkCreateAsync(List<T> objects, int batchSize) {
        return getQueryset().bulkCreateAsync(objects, batchSize);
    }

    /** As {@code bulkUpdate(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Integer> bulkUpdateAsync(List<T> objects, List<String> fields, int batchSize) {
        return getQueryset().bulkUpdateAsync(objects, fields, batchSize);
    }

    /** As {@code inBulk(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}). */
    public CompletableFuture<Map<Object, T>> inBulkAsync(Collection<?> keys) {
        return getQueryset().inBulkAsync(keys);
    }

    // ---- typed paths from a generated metamodel: see the QuerySet overloads

    public ValuesQuerySet values(dev.covet.orm.path.Path first, dev.covet.orm.path.Path... more) {
        return getQueryset().values(first, more);
    }

    public ValuesListQuerySet valuesList(dev.covet.orm.path.Path first, dev.covet.orm.path.Path... more) {
        return getQueryset().valuesList(first, more);
    }

    public <V> FlatValuesQuerySet<V> valuesList(Class<V> type, dev.covet.orm.path.Path field) {
        return getQueryset().valuesList(type, field);
    }

    public QuerySet<T> selectRelated(dev.covet.orm.path.RelationPath first, dev.covet.orm.path.RelationPath... more) {
        return getQueryset().selectRelated(first, more);
    }

    public QuerySet<T> prefetchRelated(dev.covet.orm.path.RelationPath first, dev.covet.orm.path.RelationPath... more) {
        return getQueryset().prefetchRelated(first, more);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + type.getSimpleName() + ">";
    }
}
