package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.internal.persist.GenericKeys;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.GenericRelationInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationValues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a {@code @GenericRelation} field: the objects whose generic key points at the owner
 * ({@code post.comments}). Reading is as on any {@link RelatedManager} ({@code all}, {@code filter},
 * {@code count}, the rows of {@code prefetchRelated("comments")}); {@code create} sets the content type
 * and object id, {@code add} re-points saved objects in one UPDATE, and {@code remove}, {@code clear} and
 * the removing half of {@code set} delete the objects (with their cascades and signals), because a
 * generic key cannot be left pointing at nothing. Covet creates one per field; leave such fields
 * uninitialized. Not thread-safe (like the instance it belongs to).
 *
 * <pre>{@code
 * post.comments.create(Map.of("text", "Great post!"));
 * post.comments.filter("text__icontains", "great").count();
 * post.comments.clear();                  // deletes the post's comments
 * }</pre>
 *
 * @param <T> the model that declares the generic key
 */
public final class GenericRelatedManager<T extends Model> extends RelatedManager<T> implements RelationValues.GenericMany {
    private GenericRelationInfo relation;

    GenericRelatedManager(Model owner, String name) {
        super(owner, name);
    }

    @Override
    protected QuerySet<T> base() {
        GenericForeignKeyInfo k = key();
        Object objectId = objectId();
        return QuerySet.of(relatedType()).using(database())
                .filter(k.ctField().attname(), contentType().id)
                .filter(k.fkField().name(), objectId);
    }

    /** Creates an object pointing at the owner; {@code values} give its other fields. */
    @Override
    public T create(Map<String, ?> values) {
        GenericForeignKeyInfo k = key();
        Map<String, Object> withKeys = new LinkedHashMap<>(values);
        withKeys.put(k.ctField().name(), contentType());
        withKeys.put(k.fkField().name(), objectId());
        T created = QuerySet.of(relatedType()).using(database()).create(withKeys);
        ((GenericRef<?>) k.value(created)).cache(owner);
        forget();
        return created;
    }

    /** Points saved objects at the owner, in one UPDATE; {@code throughDefaults} must be empty (they are for many-to-many). */
    @Override
    public void add(Collection<?> objects, Map<String, ?> throughDefaults) {
        if (!throughDefaults.isEmpty()) {
            throw new IllegalArgumentException("throughDefaults are for many-to-many relations; " + relation() + " has none");
        }
        GenericForeignKeyInfo k = key();
        List<Object> pks = new ArrayList<>();
        for (Object item : objects) {
            T o = check(item);
            if (o.pk() == null || Instances.isAdding(o)) {
                throw new IllegalArgumentException("'" + o + "' is not saved; save it first, then add it to " + relation());
            }
            pks.add(o.pk());
        }
        if (pks.isEmpty()) {
            return;
        }
        ContentType type = contentType();
        Object objectId = objectId();
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put(k.ctField().name(), type.id);
        keys.put(k.fkField().name(), objectId);
        QuerySet.of(relatedType()).using(database()).filter("pk__in", pks).update(keys);
        for (Object o : objects) {
            setOwner(genericRef(check(o)));
        }
        forget();
    }

    /** Deletes the objects, which must be related to the owner (a generic key cannot be left pointing at nothing). */
    @Override
    public void remove(Collection<?> objects) {
        Object typeId = contentType().id;
        Object objectId = objectId();
        List<Object> pks = new ArrayList<>();
        for (Object item : objects) {
            T o = check(item);
            GenericForeignKeyInfo k = key();
            if (!Objects.equals(((Ref<?>) k.ctField().value(o)).id(), typeId) || !Objects.equals(k.fkField().value(o), objectId)) {
                throw new IllegalArgumentException("'" + o + "' is not related to " + owner);
            }
            pks.add(o.pk());
        }
        if (!pks.isEmpty()) {
            base().filter("pk__in", pks).delete();
        }
        forget();
    }

    /** Deletes every related object. */
    @Override
    public void clear() {
        base().delete();
        forget();
    }

    /** Makes the related objects exactly {@code objects}: deletes the others, adds the new ones. */
    @Override
    public void set(Collection<?> objects, Map<String, ?> throughDefaults) {
        Covet.database(database()).atomic(() -> {
            List<Object> keep = new ArrayList<>();
            for (Object item : objects) {
                T o = check(item);
                if (o.pk() != null) {
                    keep.add(o.pk());
                }
            }
            base().exclude("pk__in", keep).delete();
            add(objects, throughDefaults);
        });
    }

    /** {@code o} as the related model; anything else (a key value too: a generic relation needs instances) is refused. */
    private T check(Object o) {
        if (!relatedType().isInstance(o)) {
            throw new IllegalArgumentException("'" + o + "' is not a " + relation().relatedModel().name());
        }
        return relatedType().cast(o);
    }

    private GenericRef<?> genericRef(T o) {
        return (GenericRef<?>) key().value(o);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void setOwner(GenericRef ref) {
        ref.set(owner);
    }

    private ContentType contentType() {
        return ContentType.forModel(owner.getClass(), database());
    }

    /** The owner's key as the generic key's object id stores it. */
    private Object objectId() {
        Object pk = owner.pk();
        if (pk == null) {
            throw new IllegalStateException(owner.getClass().getSimpleName() + " instance needs a primary key before the relation '"
                    + name() + "' can be used (save it first)");
        }
        return GenericKeys.objectId(key(), pk);
    }

    @SuppressWarnings("unchecked")
    private Class<T> relatedType() {
        return (Class<T>) relation().relatedModel().type();
    }

    private GenericForeignKeyInfo key() {
        return relation().genericForeignKey();
    }

    private GenericRelationInfo relation() {
        if (relation == null) {
            relation = ModelRegistry.infoOf(owner).findGenericRelation(name());
        }
        return relation;
    }

    @Override
    public String toString() {
        return "GenericRelatedManager(" + owner.getClass().getSimpleName() + "." + name() + ")";
    }
}
