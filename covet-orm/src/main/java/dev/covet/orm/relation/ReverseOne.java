package dev.covet.orm.relation;

import dev.covet.orm.internal.relation.RelationSide;
import com.fasterxml.jackson.annotation.JsonIgnoreType;

import dev.covet.orm.Covet;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.meta.Instances;

import java.util.Map;

/**
 * The reverse side of a one-to-one ({@code user.profile}): one object, or {@link DoesNotExist}. Declare a
 * field of this type named after the relation's {@code relatedName} and Covet fills it; or call
 * {@code user.get("profile")}. Not thread-safe.
 *
 * @param <T> the model that declares the one-to-one
 */
// a JSON mapper leaves the other side of a relation out rather than loading it (a query per instance)
@JsonIgnoreType
public final class ReverseOne<T extends Model> {
    private final Model owner;
    private final String name;

    ReverseOne(Model owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /**
     * The reverse one-to-one {@code name} of {@code owner}.
     *
     * @param <T> the related model
     * @param owner the instance the relation belongs to
     * @param name the reverse relation's name on the owner's model
     * @return the accessor
     */
    public static <T extends Model> ReverseOne<T> of(Model owner, String name) {
        return new ReverseOne<>(owner, name);
    }

    /**
     * The related object, from the prefetch cache or one query; {@link DoesNotExist} if there is none.
     *
     * @return the related object
     * @throws dev.covet.orm.exception.DoesNotExist if no object is related
     */
    @SuppressWarnings("unchecked")
    public T get() {
        Map<String, Object> cache = Instances.related(owner, false);
        if (cache != null && cache.containsKey(name)) {
            T cached = (T) cache.get(name);
            if (cached == null) {
                throw new DoesNotExist(side().target().type(), side().field().name() + "=" + owner.pk());
            }
            return cached;
        }
        if (Instances.isStrict(owner) || Covet.isStrictLoading()) {
            throw new StrictLoadingError(owner.getClass().getSimpleName() + "." + name
                    + " is not loaded and strict loading is on; add prefetchRelated(\"" + name + "\")");
        }
        LazyLoads.fire(owner, name, false);
        T found;
        try {
            found = query().get();
        } catch (DoesNotExist e) {
            // Django caches the absence too: asking again raises without a query
            Instances.related(owner, true).put(name, null);
            throw e;
        }
        Instances.related(owner, true).put(name, found);
        // and the found object's key points back at the owner it was read for
        if (side().field().value(found) instanceof Ref<?> ref) {
            ref.cache(owner);   // a multi-table parent link holds the key itself, not a Ref
        }
        return found;
    }

    /**
     * Is there a related object?
     *
     * @return true if an object is related
     */
    public boolean exists() {
        Map<String, Object> cache = Instances.related(owner, false);
        if (cache != null && cache.containsKey(name)) {
            return cache.get(name) != null;
        }
        return query().exists();
    }

    @SuppressWarnings("unchecked")
    private QuerySet<T> query() {
        RelationSide s = side();
        QuerySet<T> qs = Manager.defaultFor((Class<T>) s.target().type()).all();
        String alias = Instances.database(owner);
        if (alias != null) {
            qs = qs.using(alias);
        }
        return qs.filter(s.field().attname(), s.ownerKey(owner));
    }

    private RelationSide side() {
        return RelationSide.of(owner.getClass(), name);
    }

    @Override
    public String toString() {
        return "ReverseOne(" + owner.getClass().getSimpleName() + "." + name + ")";
    }
}
