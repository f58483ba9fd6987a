package dev.covet.orm.relation;

import dev.covet.orm.internal.relation.RelationSide;
import com.fasterxml.jackson.annotation.JsonIgnoreType;

import dev.covet.orm.Covet;
import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Col;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The objects related to one instance through a to-many relation: the reverse side of a foreign key
 * ({@code author.related("books")}), or either side of a many-to-many ({@code post.tags},
 * {@code tag.related("posts")}). Reading goes through {@link #all()} (the prefetched rows, when
 * {@code prefetchRelated} loaded them); {@code add}, {@code remove}, {@code clear}, {@code set} and
 * {@code create} change the relation. Declare a field of this type named after the relation's
 * {@code relatedName} and Covet fills it. Not thread-safe (like the instance it belongs to).
 *
 * @param <T> the related model
 */
// a JSON mapper leaves the other side of a relation out rather than loading it (a query per instance)
@JsonIgnoreType
public class RelatedManager<T extends Model> implements Iterable<T> {
    protected final Model owner;
    private final String name;
    private RelationSide side;

    RelatedManager(Model owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /**
     * The manager of {@code owner}'s relation {@code name} (an accessor, a many-to-many field or a generic relation).
     *
     * @param <T> the related model
     * @param owner the instance the relation belongs to
     * @param name the relation's name on the owner's model
     * @return the manager
     */
    public static <T extends Model> RelatedManager<T> of(Model owner, String name) {
        if (ModelRegistry.infoOf(owner).findGenericRelation(name) != null) {
            return new GenericRelatedManager<>(owner, name);
        }
        RelationSide side = RelationSide.of(owner.getClass(), name);
        if (side.kind() == RelationSide.Kind.REVERSE_ONE) {
            throw new dev.covet.orm.exception.FieldError("'" + name + "' of " + owner.getClass().getSimpleName()
                    + " is the reverse of a one-to-one: it is one object; use get(\"" + name + "\")");
        }
        RelatedManager<T> m = new RelatedManager<>(owner, name);
        m.side = side;
        return m;
    }

    RelationSide side() {
        if (side == null) {
            side = RelationSide.of(owner.getClass(), name);
        }
        return side;
    }

    /**
     * The relation's name on the owner.
     *
     * @return the name, as declared on the owner's model
     */
    public final String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    private Class<T> targetType() {
        return (Class<T>) side().target().type();
    }

    /** The related objects, with nothing cached: a fresh query. */
    protected QuerySet<T> base() {
        RelationSide s = side();
        Object key = s.ownerKey(owner);
        QuerySet<T> qs = Manager.defaultFor(targetType()).all();
        String alias = Instances.database(owner);
        if (alias != null) {
            qs = qs.using(alias);
        }
        return switch (s.kind()) {
            case REVERSE_FK, REVERSE_ONE -> qs.filter(s.field().attname(), key);
            case FORWARD_M2M, REVERSE_M2M -> qs.alter(q -> {
                Col column = q.junctionColumn(s.field(), s.kind() == RelationSide.Kind.FORWARD_M2M);
                q.addIn(column, List.of(key));
            });
        };
    }

    /**
     * The related objects: the prefetched ones if {@code prefetchRelated} loaded them, else a query.
     * Under strict loading, an unloaded relation raises {@link StrictLoadingError} instead.
     *
     * @return the related objects
     */
    @SuppressWarnings("unchecked")
    public QuerySet<T> all() {
        Map<String, Object> cache = Instances.related(owner, false);
        if (cache != null && cache.containsKey(name)) {
            return base().withPrefetched((List<T>) cache.get(name));
        }
        if (Instances.isStrict(owner) || Covet.isStrictLoading()) {
            throw new StrictLoadingError(owner.getClass().getSimpleName() + "." + name + " is not loaded and strict loading is on; "
                    + "add prefetchRelated(\"" + name + "\") to the query that loaded this " + owner.getClass().getSimpleName());
        }
        LazyLoads.fire(owner, name, false);
        return base();
    }

    /**
     * Is the relation already loaded (by {@code prefetchRelated})?
     *
     * @return true when {@code all()} will not query
     */
    public final boolean isLoaded() {
        Map<String, Object> cache = Instances.related(owner, false);
        return cache != null && cache.containsKey(name);
    }

    /**
     * The related objects as a list: the prefetched ones if loaded, else one query.
     *
     * @return the related objects
     */
    public List<T> list() {
        return all().list();
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    /**
     * The related objects matching the lookup (Django's {@code related.filter}); always a query, prefetched objects aside.
     *
     * @param lookup the lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return the matching objects, not yet evaluated
     */
    public QuerySet<T> filter(String lookup, Object value) {
        return base().filter(lookup, value);
    }

    /**
     * The related objects matching every condition; always a query, prefetched objects aside.
     *
     * @param conditions the conditions, ANDed
     * @return the matching objects, not yet evaluated
     */
    public QuerySet<T> filter(Q... conditions) {
        return base().filter(conditions);
    }

    /**
     * The related objects not matching the lookup (Django's {@code related.exclude}); always a query.
     *
     * @param lookup the lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     * @return the other objects, not yet evaluated
     */
    public QuerySet<T> exclude(String lookup, Object value) {
        return base().exclude(lookup, value);
    }

    /**
     * The related objects not matching the conditions; always a query.
     *
     * @param conditions the conditions, ANDed
     * @return the other objects, not yet evaluated
     */
    public QuerySet<T> exclude(Q... conditions) {
        return base().exclude(conditions);
    }

    /**
     * The related objects in the given order; always a query.
     *
     * @param fields field names, {@code "-"} first for descending
     * @return the ordered objects, not yet evaluated
     */
    public QuerySet<T> orderBy(String... fields) {
        return base().orderBy(fields);
    }

    /**
     * How many objects are related: the prefetched ones counted if loaded, else one {@code COUNT} query.
     *
     * @return the number of related objects
     */
    public long count() {
        return all().count();
    }

    /**
     * Is any object related? The prefetched ones if loaded, else one query.
     *
     * @return true if there is at least one
     */
    public boolean exists() {
        return all().exists();
    }

    /**
     * The one related object matching the lookup (Django's {@code related.get}); always a query.
     *
     * @param lookup the lookup, such as {@code "slug"}
     * @param value the value to compare with
     * @return the object
     * @throws dev.covet.orm.exception.DoesNotExist if none matches
     * @throws dev.covet.orm.exception.MultipleObjectsReturned if several match
     */
    public T get(String lookup, Object value) {
        return base().get(lookup, value);
    }

    /**
     * The first related object, in the relation's ordering; the prefetched ones if loaded.
     *
     * @return the object, or empty when none is related
     */
    public Optional<T> first() {
        return all().first();
    }

    /**
     * Creates a related object (pointing at the owner, or joined to it through the junction).
     *
     * @param values field name to value for the new object
     * @return the new object, saved
     */
    public T create(Map<String, ?> values) {
        RelationSide s = side();
        if (s.isManyToMany()) {
            T created = QuerySet.of(targetType()).using(database()).create(values);
            add(List.of(created), Map.of());
            return created;
        }
        Map<String, Object> withOwner = new LinkedHashMap<>(values);
        withOwner.put(s.field().name(), owner);
        T created = QuerySet.of(targetType()).using(database()).create(withOwner);
        forget();
        return created;
    }

    /**
     * Relates the objects: sets their key to the owner (reverse foreign key) or adds junction rows. Adding twice keeps one row.
     *
     * @param objects saved instances of the related model
     */
    @SafeVarargs
    public final void add(T... objects) {
        add(Arrays.asList(objects), Map.of());
    }

    /**
     * As {@link #add(Model[])}; for a many-to-many with a {@code through} model, {@code throughDefaults} fill its
     * other fields. A many-to-many also takes key values ({@code post.tags.add(List.of(1L, 2L), Map.of())}), as
     * Django's does; a reverse foreign key needs instances.
     *
     * @param objects instances, or for a many-to-many their primary keys
     * @param throughDefaults field name to value for new {@code through} rows; empty for none
     */
    public void add(Collection<?> objects, Map<String, ?> throughDefaults) {
        for (Object o : objects) {
            if (o instanceof Model m) {
                Covet.routers().checkRelation(m, owner);
            }
        }
        RelationSide s = side();
        if (s.isManyToMany()) {
            Junctions.add(this, objects, throughDefaults);
        } else {
            ReverseKeys.add(this, instances(objects, "add"));
        }
        forget();
    }

    /** The items of a reverse foreign key's add/remove/set, which must be instances (Django's rule too). */
    private List<Model> instances(Collection<?> objects, String call) {
        List<Model> out = new java.util.ArrayList<>(objects.size());
        for (Object o : objects) {
            if (!(o instanceof Model m)) {
                throw new IllegalArgumentException("'" + targetType().getSimpleName() + "' instance expected by " + name + "." + call
                        + "(), got " + o + "; only a many-to-many takes key values");
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Unrelates the objects: nulls their key (a nullable reverse foreign key) or deletes junction rows.
     *
     * @param objects saved instances of the related model
     */
    @SafeVarargs
    public final void remove(T... objects) {
        remove(Arrays.asList(objects));
    }

    /**
     * As {@link #remove(Model[])}; a many-to-many also takes key values.
     *
     * @param objects instances, or for a many-to-many their primary keys
     */
    public void remove(Collection<?> objects) {
        if (side().isManyToMany()) {
            Junctions.remove(this, objects);
        } else {
            ReverseKeys.remove(this, instances(objects, "remove"));
        }
        forget();
    }

    /** Unrelates every object. */
    public void clear() {
        if (side().isManyToMany()) {
            Junctions.clear(this);
        } else {
            ReverseKeys.clear(this);
        }
        forget();
    }

    /**
     * Makes the related objects exactly {@code objects}, adding and removing only what differs; a many-to-many also takes key values.
     *
     * @param objects the objects that should be related: instances, or for a many-to-many primary keys
     */
    public void set(Collection<?> objects) {
        set(objects, Map.of());
    }

    /**
     * As {@link #set(Collection)}; for a many-to-many with a {@code through} model, {@code throughDefaults} fill the other
     * fields of the rows it adds.
     *
     * @param objects the objects that should be related: instances, or for a many-to-many primary keys
     * @param throughDefaults field name to value for new {@code through} rows; empty for none
     */
    public void set(Collection<?> objects, Map<String, ?> throughDefaults) {
        if (side().isManyToMany()) {
            Junctions.set(this, objects, throughDefaults);
        } else {
            ReverseKeys.set(this, instances(objects, "set"));
        }
        forget();
    }

    /**
     * As {@link #set(Collection)}; with {@code clear}, first unrelates every object and then adds
     * {@code objects} (Django's {@code set(objs, clear=True)}), in one transaction.
     *
     * @param objects the objects that should be related: instances, or for a many-to-many primary keys
     * @param clear whether to unrelate everything first instead of only what differs
     */
    public void set(Collection<?> objects, boolean clear) {
        if (!clear) {
            set(objects);
            return;
        }
        Covet.database(database()).atomic(() -> {
            clear();
            add(objects, Map.of());
        });
    }

    /** Drops the prefetched rows (the relation changed). */
    void forget() {
        Map<String, Object> cache = Instances.related(owner, false);
        if (cache != null) {
            cache.remove(name);
        }
    }

    String database() {
        return Instances.database(owner);
    }

    Model owner() {
        return owner;
    }

    FieldInfo field() {
        return side().field();
    }

    /**
     * As {@code list(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return the future list of related objects
     */
    public CompletableFuture<List<T>> listAsync() {
        return all().listAsync();
    }

    /**
     * As {@code count(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return the future count of related objects
     */
    public CompletableFuture<Long> countAsync() {
        return all().countAsync();
    }

    @Override
    public String toString() {
        return "RelatedManager(" + owner.getClass().getSimpleName() + "." + name + ")";
    }
}
