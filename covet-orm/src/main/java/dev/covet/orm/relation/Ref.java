package dev.covet.orm.relation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationValues;

import java.util.Objects;

/**
 * The value of a foreign key or one-to-one field: the key, and the related object once it is
 * loaded. {@link #id()} never queries; {@link #get()} returns the cached object (from
 * {@code selectRelated}, a prefetch or an earlier {@code get()}) or loads it, unless strict
 * loading is on. Covet creates one per relation field; leave such fields uninitialized.
 * Not thread-safe (like the instance that holds it).
 *
 * <pre>{@code
 * book.author.set(alice);          // by object
 * book.author.setId(42);           // by key
 * Long id = book.author.id();      // no query
 * Author a = book.author.get();    // cached, or one query
 * }</pre>
 *
 * @param <T> the related model
 */
@JsonIgnoreProperties({"set", "loaded"})
public final class Ref<T extends Model> implements RelationValues.Key {
    private final Model owner;
    private final String fieldName;
    private FieldInfo field;
    private Object id;
    private T target;
    private boolean loaded;

    Ref(Model owner, String fieldName) {
        this.owner = owner;
        this.fieldName = fieldName;
    }

    /**
     * The key of the related row (the related object's current key if one was assigned); never queries.
     *
     * @param <K> the key type
     * @return the key, or null when nothing is assigned
     */
    @SuppressWarnings("unchecked")
    public <K> K id() {
        if (target != null) {
            Object key = field().relation().targetField().dbValue(target);
            if (key != null) {
                return (K) key;
            }
        }
        return (K) id;
    }

    /**
     * The related object, or null when the key is null; loads it (one query) if not cached.
     *
     * @return the related object, or null
     */
    public T get() {
        if (loaded) {
            return target;
        }
        if (id == null) {
            loaded = true;
            return null;
        }
        if (Instances.isStrict(owner) || Covet.isStrictLoading()) {
            FieldInfo f = field();
            throw new StrictLoadingError(f + " is not loaded and strict loading is on; add selectRelated(\""
                    + f.name() + "\") to the query that loaded this " + f.model().name());
        }
        LazyLoads.fire(owner, fieldName, true);
        target = load();
        loaded = true;
        cacheReverse(target);
        return target;
    }

    /**
     * Points at {@code value} (or nothing, for null).
     *
     * @param value the object to point at, or null to clear
     */
    public void set(T value) {
        if (value != null) {
            Covet.routers().checkRelation(value, owner);
        }
        target = value;
        loaded = true;
        id = value == null ? null : field().relation().targetField().dbValue(value);
        cacheReverse(value);
    }

    /**
     * For a one-to-one, the related object's reverse side is the owner: cache it there, as Django's forward
     * descriptor does ({@code remote_field.set_cached_value}), so that {@code user.get("profile")} needs no query.
     */
    private void cacheReverse(Model value) {
        FieldInfo f = field();
        if (value == null || f.relation().kind() != dev.covet.orm.meta.RelationInfo.Kind.ONE_TO_ONE) {
            return;
        }
        for (dev.covet.orm.meta.ReverseRelation r : ModelRegistry.infoOf(value).reverseRelations()) {
            if (r.field() == f) {
                Instances.related(value, true).put(r.accessorName(), owner);
                return;
            }
        }
    }

    /**
     * Points at the row with key {@code key}; the cached object is dropped unless it has that key.
     *
     * @param key the related row's primary key, or null to clear
     */
    public void setId(Object key) {
        if (Objects.equals(id(), key) && (target != null || loaded)) {
            id = key;
            return;
        }
        id = key;
        target = null;
        loaded = key == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setTarget(Entity target) {
        set((T) target);
    }

    /** Points at nothing. */
    public void clear() {
        set(null);
    }

    /**
     * What a JSON mapper writes for the key: the related object when it is at hand (selected, prefetched
     * or assigned), else its key. Never queries.
     *
     * @return the related object, or its key (null when unset)
     */
    @JsonValue
    public Object toJson() {
        return loaded && target != null ? target : id();
    }

    /**
     * Is a key or an object assigned?
     *
     * @return true when a key or an object is assigned
     */
    public boolean isSet() {
        return id != null || target != null;
    }

    /**
     * Is the related object at hand (so that {@link #get()} will not query)?
     *
     * @return true when the object is cached
     */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * Was an object assigned that has no key yet? Saving the owner then would lose the relation.
     *
     * @return true when the assigned object is unsaved
     */
    public boolean hasUnsavedTarget() {
        return target != null && field().relation().targetField().dbValue(target) == null;
    }

    /**
     * Caches an object loaded together with the owner (selectRelated, prefetch).
     *
     * @param value the related object as loaded
     */
    @Override
    @SuppressWarnings("unchecked")
    public void cache(Entity value) {
        target = (T) value;
        loaded = true;
    }

    @SuppressWarnings("unchecked")
    private T load() {
        FieldInfo f = field();
        Class<T> type = (Class<T>) f.relation().target().type();
        String alias = Instances.database(owner);
        QuerySet<T> qs = QuerySet.of(type);
        if (alias != null) {
            qs = qs.using(alias);
        }
        return qs.get(f.relation().targetField().name(), id);
    }

    private FieldInfo field() {
        if (field == null) {
            field = ModelRegistry.infoOf(owner).field(fieldName);
        }
        return field;
    }

    @Override
    public String toString() {
        return loaded && target != null ? String.valueOf(target) : "Ref(" + id + ")";
    }
}
