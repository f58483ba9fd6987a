package dev.covet.orm.internal.relation;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.internal.persist.Annotations;
import dev.covet.orm.internal.persist.GenericKeys;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.GenericRelationInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.relation.ContentType;
import dev.covet.orm.relation.GenericRef;
import dev.covet.orm.relation.Ref;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prefetches generic relations for {@link Prefetcher}: a generic key loads its targets with one query per
 * content type among the owners (plus one for the content types not cached yet), a generic relation loads
 * the related objects of all owners in one query.
 */
final class GenericPrefetcher {
    /** {@code GenericRef.cache(Model)}: package-private, not API, so reached through a handle (a constant to the JIT). */
    private static final MethodHandle CACHE;

    static {
        try {
            CACHE = MethodHandles.privateLookupIn(GenericRef.class, MethodHandles.lookup())
                    .findVirtual(GenericRef.class, "cache", MethodType.methodType(void.class, Model.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private GenericPrefetcher() {
    }

    /** Fills the {@code GenericRef} of every owner (null where the row is gone); returns the targets. */
    static List<Model> forward(Prefetcher p, List<Model> owners, GenericForeignKeyInfo key, QuerySet<? extends Model> custom,
                               Map<Class<?>, QuerySet<? extends Model>> perModel, String toAttr) {
        if (custom != null) {
            throw new FieldError("Cannot prefetch the generic key " + key + " through one QuerySet: its targets are of"
                    + " several models; use Prefetch.generic(\"" + key.name() + "\", one QuerySet per model)");
        }
        Map<Object, Set<Object>> idsByType = new LinkedHashMap<>();
        for (Model o : owners) {
            Object typeId = typeId(key, o);
            Object objectId = key.fkField().value(o);
            if (typeId != null && objectId != null) {
                idsByType.computeIfAbsent(typeId, k -> new LinkedHashSet<>()).add(objectId);
            }
        }
        Map<Object, ContentType> types = contentTypes(p, idsByType.keySet());
        Map<Object, Map<Object, Model>> found = new HashMap<>();
        List<Model> loaded = new ArrayList<>();
        idsByType.forEach((typeId, objectIds) -> {
            ContentType type = types.get(typeId);
            if (type == null) {
                return;
            }
            ModelInfo<?> model = ModelRegistry.info(type.modelClass());
            Set<Object> pks = new LinkedHashSet<>();
            for (Object objectId : objectIds) {
                Object pk = GenericKeys.targetKey(model, objectId);
                if (pk != null) {
                    pks.add(pk);
                }
            }
            if (pks.isEmpty()) {
                return;
            }
            Map<Object, Model> byKey = found.computeIfAbsent(typeId, k -> new HashMap<>());
            QuerySet<? extends Model> own = perModel == null ? null : perModel.get(model.type());
            for (Model m : p.query(model, own).filter("pk__in", pks).list()) {
                byKey.put(model.pk().dbValue(m), m);
                loaded.add(m);
            }
        });
        for (Model o : owners) {
            Model target = target(key, o, types, found);
            if (toAttr != null) {
                Annotations.set(o, toAttr, target);
            } else {
                cache((GenericRef<?>) key.value(o), target);
            }
        }
        return loaded;
    }

    /** Stores, per owner, the objects whose generic key points at it; returns them all. */
    static List<Model> reverse(Prefetcher p, List<Model> owners, GenericRelationInfo relation, QuerySet<? extends Model> custom,
                               String toAttr) {
        GenericForeignKeyInfo key = relation.genericForeignKey();
        ContentType type = ContentTypeCache.existing(relation.model().type().asSubclass(Model.class), p.alias());
        Map<Object, List<Model>> grouped = new LinkedHashMap<>();
        List<Model> loaded = new ArrayList<>();
        Set<Object> objectIds = new LinkedHashSet<>();
        for (Model o : owners) {
            Object objectId = GenericKeys.objectIdOrNull(key, o.pk());
            if (objectId != null) {
                objectIds.add(objectId);
            }
        }
        if (type != null && !objectIds.isEmpty()) {
            loaded.addAll(p.query(key.model(), custom).filter(key.ctField().attname(), type.id)
                    .filter(key.fkField().name() + "__in", objectIds).list());
            for (Model child : loaded) {
                grouped.computeIfAbsent(key.fkField().value(child), k -> new ArrayList<>()).add(child);
            }
        }
        for (Model o : owners) {
            List<Model> mine = grouped.getOrDefault(GenericKeys.objectIdOrNull(key, o.pk()), List.of());
            for (Model child : mine) {
                cache((GenericRef<?>) key.value(child), o);
            }
            Prefetcher.store(o, relation.name(), toAttr, List.copyOf(mine));
        }
        return loaded;
    }

    /** Caches {@code value} (or its absence) in {@code ref} for its current keys, as a load would. */
    private static void cache(GenericRef<?> ref, Model value) {
        try {
            CACHE.invokeExact(ref, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The content types with these keys: cached ones, the rest in one query. */
    private static Map<Object, ContentType> contentTypes(Prefetcher p, Set<Object> ids) {
        Map<Object, ContentType> out = new HashMap<>();
        List<Object> missing = new ArrayList<>();
        ContentTypeCache cache = ContentTypeCache.of(p.alias());
        for (Object id : ids) {
            ContentType cached = cache.byId(id);
            if (cached != null) {
                out.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            for (ContentType ct : ContentType.objects.all().using(p.alias()).filter("pk__in", missing).list()) {
                cache.remember(ct, false);
                out.put(ct.id, ct);
            }
        }
        return out;
    }

    private static Model target(GenericForeignKeyInfo key, Model owner, Map<Object, ContentType> types,
                                Map<Object, Map<Object, Model>> found) {
        Object typeId = typeId(key, owner);
        Object objectId = key.fkField().value(owner);
        ContentType type = typeId == null || objectId == null ? null : types.get(typeId);
        if (type == null) {
            return null;
        }
        Object pk = GenericKeys.targetKey(ModelRegistry.info(type.modelClass()), objectId);
        return found.getOrDefault(typeId, Map.of()).get(pk);
    }

    private static Object typeId(GenericForeignKeyInfo key, Model owner) {
        return ((Ref<?>) key.ctField().value(owner)).id();
    }
}
