package dev.covet.orm.relation;

import com.fasterxml.jackson.annotation.JsonIgnoreType;

import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.internal.persist.GenericKeys;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationValues;

import java.util.List;
import java.util.Objects;

/**
 * The value of a {@code @GenericForeignKey} field: the object of any model that the owner's content-type
 * and object-id fields point at. It has no column; {@link #set(Model)} writes both fields, {@link #get()}
 * reads them and returns the cached object (from a prefetch, a {@code set} or an earlier {@code get}) or
 * loads it. The cache belongs to the pair of keys it was loaded for: change either field and the next
 * {@code get()} loads again. Covet creates one per field; leave such fields uninitialized. Not thread-safe
 * (like the instance that holds it).
 *
 * <pre>{@code
 * comment.contentObject.set(post);        // contentType = Post's, objectId = post.id
 * Model target = comment.contentObject.get();
 * }</pre>
 *
 * @param <T> the type of the objects it holds ({@code Model} for any)
 */
// a JSON mapper leaves the other side of a relation out rather than loading it (a query per instance)
@JsonIgnoreType
public final class GenericRef<T extends Model> implements RelationValues.GenericKey {
    private final Model owner;
    private final String fieldName;
    private GenericForeignKeyInfo key;
    private T target;
    private boolean loaded;
    private Object loadedType;
    private Object loadedId;

    GenericRef(Model owner, String fieldName) {
        this.owner = owner;
        this.fieldName = fieldName;
    }

    /**
     * The object pointed at, or null when the content type or the object id is unset or the row is gone;
     * from the cache, or one query (two while the content type is not cached yet). Under strict loading an
     * object that is not cached raises {@link StrictLoadingError}.
     *
     * @return the object, or null
     */
    public T get() {
        Object typeId = typeRef().id();
        Object objectId = key().fkField().value(owner);
        if (typeId == null || objectId == null) {
            return null;
        }
        if (isCachedFor(typeId, objectId)) {
            return target;
        }
        if (Instances.isStrict(owner) || Covet.isStrictLoading()) {
            throw new StrictLoadingError(key() + " is not loaded and strict loading is on; add prefetchRelated(\""
                    + fieldName + "\") to the query that loaded this " + key().model().name());
        }
        LazyLoads.fire(owner, fieldName, false);
        remember(load(typeId, objectId), typeId, objectId);
        return target;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setTarget(Entity target) {
        set((T) target);
    }

    /**
     * Points at {@code value}: sets the content-type field to its model's content type and the object id to
     * its primary key; null clears both. {@code value} must be saved (it needs a key to point at).
     *
     * @param value a saved instance, or null to clear the reference
     */
    public void set(T value) {
        GenericForeignKeyInfo k = key();
        if (value == null) {
            k.fkField().setValue(owner, null);
            typeRef().clear();
            remember(null, null, null);
            return;
        }
        Object pk = value.pk();
        if (pk == null || Instances.isAdding(value)) {
            throw new IllegalArgumentException("Cannot point " + k + " at an unsaved " + value.getClass().getSimpleName()
                    + ": save it first, so that it has a key");
        }
        String alias = Instances.database(value) != null ? Instances.database(value) : Instances.database(owner);
        ContentType type = ContentType.forModel(value.getClass(), alias);
        Object objectId = GenericKeys.objectId(k, pk);
        k.fkField().setValue(owner, objectId);
        setType(type);
        remember(value, type.id, objectId);
    }

    /** Points at nothing (both fields null). */
    public void clear() {
        set(null);
    }

    /**
     * Are both the content type and the object id set?
     *
     * @return true when both fields hold a value
     */
    public boolean isSet() {
        return typeRef().id() != null && key().fkField().value(owner) != null;
    }

    /**
     * Is the object at hand, so that {@link #get()} will not query?
     *
     * @return true when the object is cached
     */
    public boolean isLoaded() {
        Object typeId = typeRef().id();
        Object objectId = key().fkField().value(owner);
        return typeId == null || objectId == null || isCachedFor(typeId, objectId);
    }

    /** Caches {@code value} (or its absence) for the current keys: the object a prefetch found. */
    void cache(Model value) {
        remember(value, typeRef().id(), key().fkField().value(owner));
    }

    @SuppressWarnings("unchecked")
    private void remember(Model value, Object typeId, Object objectId) {
        target = (T) value;
        loaded = true;
        loadedType = typeId;
        loadedId = objectId;
    }

    private boolean isCachedFor(Object typeId, Object objectId) {
        return loaded && Objects.equals(loadedType, typeId) && Objects.equals(loadedId, objectId);
    }

    private Model load(Object typeId, Object objectId) {
        String alias = Instances.database(owner);
        Ref<?> typeRef = typeRef();
        ContentType type = typeRef.isLoaded() && typeRef.get() != null ? (ContentType) typeRef.get() : ContentType.forId(typeId, alias);
        ModelInfo<?> model = ModelRegistry.info(type.modelClass());
        Object pk = GenericKeys.targetKey(model, objectId);
        if (pk == null) {
            return null;
        }
        List<? extends Model> rows = QuerySet.of(model.type().asSubclass(Model.class)).using(alias).filter("pk", pk).list();
        return rows.isEmpty() ? null : rows.getFirst();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void setType(ContentType type) {
        ((Ref) typeRef()).set(type);
    }

    private Ref<?> typeRef() {
        return (Ref<?>) key().ctField().value(owner);
    }

    private GenericForeignKeyInfo key() {
        if (key == null) {
            key = ModelRegistry.infoOf(owner).findGenericForeignKey(fieldName);
        }
        return key;
    }

    @Override
    public String toString() {
        return loaded && target != null ? String.valueOf(target) : "GenericRef(" + typeRef().id() + ", " + key().fkField().value(owner) + ")";
    }
}
