package dev.covet.orm.internal.relation;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.Prefetch;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.internal.persist.Annotations;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.GenericRelationInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.ReverseRelation;
import dev.covet.orm.query.Col;
import dev.covet.orm.relation.Ref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the relations of already-loaded instances: one query per level of each lookup
 * ({@code books__publisher} is two), the keys of all instances of a level in one {@code IN} list.
 * Results go into each instance's relation cache (or under {@code toAttr}), where
 * {@link dev.covet.orm.relation.RelatedManager#all()}, {@link dev.covet.orm.relation.ReverseOne#get()},
 * {@link Ref#get()} and {@link dev.covet.orm.relation.GenericRef#get()} find them. Generic relations are loaded
 * by {@link GenericPrefetcher}. {@link dev.covet.orm.QuerySet} calls it.
 */
public final class Prefetcher {
    /** The annotation carrying the owner's key through a many-to-many prefetch. */
    private static final String KEY = "covetPrefetchKey";

    private final String alias;
    private final boolean strict;
    /** Per lookup path already done: the objects it loaded, for deeper lookups to start from. */
    private final Map<String, List<Model>> done = new HashMap<>();

    private Prefetcher(String alias, boolean strict) {
        this.alias = alias;
        this.strict = strict;
    }

    /**
     * Prefetches {@code lookups} (strings or {@link Prefetch}es) for {@code rows}.
     *
     * @param rows the loaded objects; their relation caches are filled
     * @param lookups the relations to prefetch, each a path that may span several relations
     * @param alias the database to read the related rows from
     * @param strict whether the prefetched objects load strictly (a lazy load on them fails)
     */
    public static void prefetch(List<? extends Model> rows, List<Prefetch> lookups, String alias, boolean strict) {
        if (rows.isEmpty() || lookups.isEmpty()) {
            return;
        }
        Prefetcher p = new Prefetcher(alias, strict);
        for (Prefetch lookup : lookups) {
            p.run(new ArrayList<>(rows), lookup);
        }
    }

    private void run(List<Model> rows, Prefetch lookup) {
        String[] parts = lookup.lookup().split("__");
        List<Model> level = rows;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length && !level.isEmpty(); i++) {
            boolean last = i == parts.length - 1;
            path.append(i == 0 ? "" : "__").append(parts[i]);
            String key = path.toString();
            boolean custom = last && (lookup.queryset() != null || lookup.toAttrName() != null || lookup.genericQuerysets() != null);
            if (!custom && done.containsKey(key)) {
                // an earlier lookup loaded this level already ("books" before "books__tags")
                level = done.get(key);
                continue;
            }
            List<Model> next = new ArrayList<>();
            for (List<Model> sameModel : byModel(level)) {
                next.addAll(step(sameModel, parts[i], last ? lookup.queryset() : null, last ? lookup.toAttrName() : null,
                        last ? lookup.genericQuerysets() : null));
            }
            level = next;
            if (!last || lookup.toAttrName() == null) {
                done.put(key, level);
            }
        }
    }

    /**
     * Checks that each level of {@code lookup} names a relation (and that its {@code toAttr} is free),
     * so that a bad lookup fails before the main query runs.
     *
     * @param root the model the lookup starts from
     * @param lookup the lookup to check
     * @throws dev.covet.orm.exception.FieldError if a level names no relation or {@code toAttr} clashes with a field
     */
    public static void check(ModelInfo<?> root, Prefetch lookup) {
        if (lookup == null || lookup.lookup() == null) {
            throw new FieldError("A prefetch lookup is required, not null");
        }
        ModelInfo<?> info = root;
        for (String name : lookup.lookup().split("__", -1)) {
            if (info == null) {
                return;   // past a generic key, each row's target model is known only when it is loaded
            }
            ModelInfo<?> owner = info;
            info = relatedModel(info, name);
            String toAttr = lookup.toAttrName();
            if (toAttr != null && (owner.findField(toAttr) != null || owner.findReverseByAccessor(toAttr) != null
                    || owner.findGenericRelation(toAttr) != null || owner.findGenericForeignKey(toAttr) != null)) {
                throw new FieldError("toAttr '" + toAttr + "' clashes with the field " + owner.name() + "." + toAttr
                        + "; choose another name");
            }
        }
    }

    /** The model at the other end of relation {@code name}; null for a generic key (several models). */
    private static ModelInfo<?> relatedModel(ModelInfo<?> info, String name) {
        FieldInfo f = info.findField(name);
        if (f != null && f.relation() != null) {
            return f.relation().target();
        }
        if (info.findGenericForeignKey(name) != null) {
            return null;
        }
        GenericRelationInfo g = info.findGenericRelation(name);
        if (g != null) {
            return g.relatedModel();
        }
        ReverseRelation r = info.findReverseByAccessor(name);
        if (r != null) {
            return r.relatedModel();
        }
        throw notARelation(info, name);
    }

    private static FieldError notARelation(ModelInfo<?> info, String name) {
        List<String> choices = new ArrayList<>();
        info.columns().stream().filter(c -> c.relation() != null).forEach(c -> choices.add(c.name()));
        info.manyToManyFields().forEach(c -> choices.add(c.name()));
        info.reverseRelations().forEach(rr -> choices.add(rr.accessorName()));
        info.genericForeignKeys().forEach(g -> choices.add(g.name()));
        info.genericRelations().forEach(g -> choices.add(g.name()));
        return new FieldError("Cannot prefetch '" + name + "': it is not a relation of " + info.name()
                + ". Choices are: " + (choices.isEmpty() ? "(none)" : String.join(", ", choices)));
    }

    /** {@code level} split by model, in order of first appearance: a generic key's targets are of several models. */
    private static Collection<List<Model>> byModel(List<Model> level) {
        Map<Class<?>, List<Model>> out = new LinkedHashMap<>();
        for (Model m : level) {
            out.computeIfAbsent(m.getClass(), k -> new ArrayList<>()).add(m);
        }
        return out.values();
    }

    /** Loads relation {@code name} of {@code owners}; returns the related objects (the next level). */
    private List<Model> step(List<Model> owners, String name, QuerySet<? extends Model> custom, String toAttr,
                             Map<Class<?>, QuerySet<? extends Model>> perModel) {
        ModelInfo<?> info = ModelRegistry.info(owners.getFirst().getClass());
        if (perModel != null && info.findGenericForeignKey(name) == null) {
            throw new FieldError("Prefetch.generic() is for generic keys, and " + info.name() + "." + name + " is not one");
        }
        FieldInfo f = info.findField(name);
        if (f != null && f.relation() != null && f.relation().isForward()) {
            return forward(owners, f, custom, toAttr);
        }
        if (f != null && f.relation() != null) {
            return manyToMany(owners, new RelationSide(RelationSide.Kind.FORWARD_M2M, f, f.relation().target(), name), custom, toAttr);
        }
        GenericForeignKeyInfo genericKey = info.findGenericForeignKey(name);
        if (genericKey != null) {
            return GenericPrefetcher.forward(this, owners, genericKey, custom, perModel, toAttr);
        }
        GenericRelationInfo genericRelation = info.findGenericRelation(name);
        if (genericRelation != null) {
            return GenericPrefetcher.reverse(this, owners, genericRelation, custom, toAttr);
        }
        ReverseRelation r = info.findReverseByAccessor(name);
        if (r == null) {
            throw notARelation(info, name);
        }
        if (r.isManyToMany()) {
            return manyToMany(owners, new RelationSide(RelationSide.Kind.REVERSE_M2M, r.field(), r.relatedModel(), name), custom, toAttr);
        }
        return reverse(owners, new RelationSide(r.isMultiple() ? RelationSide.Kind.REVERSE_FK : RelationSide.Kind.REVERSE_ONE,
                r.field(), r.relatedModel(), name), custom, toAttr);
    }

    private List<Model> forward(List<Model> owners, FieldInfo fk, QuerySet<? extends Model> custom, String toAttr) {
        FieldInfo targetField = fk.relation().targetField();
        Set<Object> keys = new LinkedHashSet<>();
        // objects selectRelated (or an earlier prefetch) loaded already are not fetched again, as Django's
        // prefetch_related_objects skips instances whose relation is_cached
        Map<Object, Model> byKey = new HashMap<>();
        List<Model> known = new ArrayList<>();
        for (Model o : owners) {
            Ref<?> ref = (Ref<?>) fk.value(o);
            if (toAttr == null && ref.isLoaded()) {
                Model target = ref.get();
                if (target != null) {
                    known.add(target);
                }
                continue;
            }
            Object k = ref.id();
            if (k != null) {
                keys.add(k);
            }
        }
        if (!keys.isEmpty()) {
            for (Model m : query(fk.relation().target(), custom).filter(targetField.name() + "__in", keys).list()) {
                byKey.put(targetField.dbValue(m), m);
            }
        }
        for (Model o : owners) {
            Ref<?> ref = (Ref<?>) fk.value(o);
            if (toAttr == null && ref.isLoaded()) {
                continue;
            }
            Model target = ref.id() == null ? null : byKey.get(ref.id());
            if (toAttr != null) {
                Annotations.set(o, toAttr, target);
            } else {
                ref.cache(target);
            }
        }
        // each distinct instance once (selectRelated gives equal but separate objects, and each needs the next level)
        Set<Model> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Model> next = new ArrayList<>();
        for (Model m : known) {
            if (out.add(m)) {
                next.add(m);
            }
        }
        for (Model m : byKey.values()) {
            if (out.add(m)) {
                next.add(m);
            }
        }
        return next;
    }

    private List<Model> reverse(List<Model> owners, RelationSide side, QuerySet<? extends Model> custom, String toAttr) {
        FieldInfo fk = side.field();
        Set<Object> keys = new LinkedHashSet<>();
        for (Model o : owners) {
            keys.add(side.ownerKey(o));
        }
        Map<Object, List<Model>> grouped = new LinkedHashMap<>();
        List<Model> loaded = new ArrayList<>(query(side.target(), custom).filter(fk.attname() + "__in", keys).list());
        for (Model child : loaded) {
            grouped.computeIfAbsent(((Ref<?>) fk.value(child)).id(), k -> new ArrayList<>()).add(child);
        }
        for (Model o : owners) {
            List<Model> mine = grouped.getOrDefault(side.ownerKey(o), List.of());
            for (Model child : mine) {
                ((Ref<?>) fk.value(child)).cache(o);
            }
            Object value = side.kind() == RelationSide.Kind.REVERSE_ONE ? (mine.isEmpty() ? null : mine.getFirst()) : List.copyOf(mine);
            store(o, side.name(), toAttr, value);
        }
        return loaded;
    }

    private List<Model> manyToMany(List<Model> owners, RelationSide side, QuerySet<? extends Model> custom, String toAttr) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Model o : owners) {
            keys.add(side.ownerKey(o));
        }
        boolean ownerIsSource = side.kind() == RelationSide.Kind.FORWARD_M2M;
        QuerySet<Model> qs = query(side.target(), custom).alter(q -> {
            Col column = q.junctionColumn(side.field(), ownerIsSource);
            q.addIn(column, keys);
            q.addAnnotation(KEY, column);
        });
        Map<Object, List<Model>> grouped = new LinkedHashMap<>();
        List<Model> loaded = new ArrayList<>(qs.list());
        for (Model m : loaded) {
            Object owner = Instances.annotations(m, false).remove(KEY);
            grouped.computeIfAbsent(owner, k -> new ArrayList<>()).add(m);
        }
        for (Model o : owners) {
            store(o, side.name(), toAttr, List.copyOf(grouped.getOrDefault(side.ownerKey(o), List.of())));
        }
        return loaded;
    }

    static void store(Model owner, String name, String toAttr, Object value) {
        if (toAttr != null) {
            Annotations.set(owner, toAttr, value);
        } else {
            Instances.related(owner, true).put(name, value);
        }
    }

    /** The database the prefetch reads (null: {@code default}). */
    String alias() {
        return alias;
    }

    /** The rows of {@code model} to prefetch from: {@code custom} if given, on this prefetch's database, strict if asked. */
    @SuppressWarnings("unchecked")
    QuerySet<Model> query(ModelInfo<?> model, QuerySet<? extends Model> custom) {
        if (custom != null && custom.query().model() != model) {
            throw new FieldError("The Prefetch queryset is over " + custom.query().model().name() + ", but the relation holds "
                    + model.name());
        }
        QuerySet<Model> qs = custom != null ? (QuerySet<Model>) custom : Manager.defaultFor((Class<Model>) model.type()).all();
        if (alias != null) {
            qs = qs.using(alias);
        }
        return strict ? qs.strict() : qs;
    }
}
