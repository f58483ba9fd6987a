package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The registry of models (Django's app registry). A model registers on first use or through
 * {@code Config.models(...)}; registering it also registers every model its relations point at,
 * then links the relations both ways. Thread-safe: registration takes a lock, lookups do not.
 */
public final class ModelRegistry {
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Map<Class<?>, ModelInfo<?>> INFOS = new ConcurrentHashMap<>();
    private static volatile int generation;

    private ModelRegistry() {
    }

    /**
     * The metadata of {@code type}, registering it (and the models it points at) on first use.
     *
     * @param type a model class
     * @param <T>  the model class
     * @return the model's metadata
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the model is declared wrong
     */
    @SuppressWarnings("unchecked")
    public static <T extends Entity> ModelInfo<T> info(Class<T> type) {
        ModelInfo<?> info = INFOS.get(type);
        if (info == null) {
            register(List.of(type));
            info = INFOS.get(type);
        }
        return (ModelInfo<T>) info;
    }

    /**
     * The metadata of an instance: its class's, or its own for a {@link DynamicModel}.
     *
     * @param instance a model instance
     * @return the metadata, registering the class on first use
     */
    public static ModelInfo<?> infoOf(Entity instance) {
        return instance instanceof DynamicModel d ? d.dynamicInfo() : info(instance.getClass());
    }

    /**
     * The metadata of a registered model, without registering it.
     *
     * @param type any class
     * @return the metadata, or null if the class is not registered
     */
    public static ModelInfo<?> find(Class<?> type) {
        return INFOS.get(type);
    }

    /**
     * How delete counts name a model: its simple name, or its full class name when another
     * registered model has the same simple name (Django says {@code app_label.Model} always).
     *
     * @param info a registered model
     * @return the simple or the fully qualified class name
     */
    public static String label(ModelInfo<?> info) {
        return label(info, INFOS.values());
    }

    /**
     * As {@link #label(ModelInfo)}, with a name clash looked for only among {@code among} (a runtime's models).
     *
     * @param info a registered model
     * @param among the models whose simple names count
     * @return the simple or the fully qualified class name
     */
    public static String label(ModelInfo<?> info, Collection<ModelInfo<?>> among) {
        for (ModelInfo<?> other : among) {
            if (other.type() != info.type() && other.name().equals(info.name())) {
                return info.type().getName();
            }
        }
        return info.name();
    }

    /** {@return every registered model, as a copy} */
    public static Collection<ModelInfo<?>> all() {
        return List.copyOf(INFOS.values());
    }

    /**
     * Registers {@code types} and every model they point at; a model declared wrong fails here.
     *
     * @param types model classes; those already registered are skipped
     * @throws dev.covet.orm.exception.ImproperlyConfigured if a model is declared wrong
     */
    public static void register(Collection<? extends Class<?>> types) {
        LOCK.lock();
        try {
            Map<Class<?>, ModelInfo<?>> built = new LinkedHashMap<>();
            Deque<Class<?>> work = new ArrayDeque<>(types);
            while (!work.isEmpty()) {
                build(work.poll(), built, work);
            }
            if (built.isEmpty()) {
                return;
            }
            Map<Class<?>, ModelInfo<?>> visible = new LinkedHashMap<>(INFOS);
            visible.putAll(built);
            new Linker(visible).link(built.values());
            INFOS.putAll(built);
            generation++;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Goes up each time models are registered: what is worked out from the registry as a whole (a
     * single-table model's subclasses, and so its columns) is kept only for the generation it saw.
     *
     * @return the current generation
     */
    public static int generation() {
        return generation;
    }

    /** Builds {@code type} (after its concrete parent, whose metadata it needs), queueing what its relations point at. */
    private static ModelInfo<?> build(Class<?> type, Map<Class<?>, ModelInfo<?>> built, Deque<Class<?>> work) {
        ModelInfo<?> known = INFOS.containsKey(type) ? INFOS.get(type) : built.get(type);
        if (known != null) {
            return known;
        }
        Class<?> parentType = ModelInfoBuilder.concreteParent(type);
        ModelInfo<?> parent = parentType == null ? null : build(parentType, built, work);
        ModelSpec spec = ModelInfoBuilder.read(type, parent);
        ModelInfo<?> info = new ModelInfo<>(spec);
        built.put(type, info);
        for (FieldSpec f : spec.fields) {
            RelationInfo r = f.relation;
            if (r == null) {
                continue;
            }
            Class<? extends Entity> target = r.declaredTarget();
            if (r.targetName().isEmpty() && target != null && !Modifier.isAbstract(target.getModifiers())) {
                work.add(target);
            } else if (r.targetName().contains(".")) {
                work.add(classNamed(type, f.name, r.targetName()));
            }
            if (r.through() != null) {
                work.add(r.through());
            }
        }
        for (ModelSpec.GenericSpec g : spec.generics) {
            if (!g.isKey()) {
                work.add(g.related());
            }
        }
        return info;
    }

    private static Class<?> classNamed(Class<?> owner, String field, String name) {
        try {
            return Class.forName(name, false, owner.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ImproperlyConfigured("Model " + owner.getSimpleName() + ", field " + field + ": points at class '"
                    + name + "', which does not exist");
        }
    }

    /** Resolves relation targets, junction tables and reverse sides for a batch of new models. */
    private static final class Linker {
        private final Map<Class<?>, ModelInfo<?>> visible;
        private final List<Runnable> reverseAdditions = new ArrayList<>();
        private final Map<ModelInfo<?>, Map<String, FieldInfo>> accessors = new LinkedHashMap<>();

        Linker(Map<Class<?>, ModelInfo<?>> visible) {
            this.visible = visible;
        }

        void link(Collection<ModelInfo<?>> infos) {
            // inherited fields are their parent's, linked with it: each model links the fields it declares
            for (ModelInfo<?> info : infos) {
                for (FieldInfo f : info.fields()) {
                    if (f.relation() != null && f.model() == info) {
                        linkTarget(info, f);
                    }
                }
            }
            for (ModelInfo<?> info : infos) {
                for (FieldInfo f : info.manyToManyFields()) {
                    if (f.model() == info) {
                        linkJunction(info, f);
                    }
                }
            }
            for (ModelInfo<?> info : visible.values()) {
                for (ReverseRelation r : info.ownReverseRelations()) {
                    accessors.computeIfAbsent(info, k -> new LinkedHashMap<>()).put(r.accessorName(), r.field());
                }
            }
            for (ModelInfo<?> info : infos) {
                for (FieldInfo f : info.fields()) {
                    if (f.relation() != null && f.model() == info) {
                        addReverse(f);
                    }
                }
            }
            for (ModelInfo<?> info : infos) {
                if (info.inheritance() == ModelInfo.Inheritance.SINGLE_TABLE) {
                    for (ModelInfo<?> up = info.parent(); up != null; up = up.parent()) {
                        ModelInfo<?> child = info;
                        ModelInfo<?> ancestor = up;
                        reverseAdditions.add(() -> ancestor.addSingleTableDescendant(child));
                    }
                }
            }
            for (ModelInfo<?> info : infos) {
                checkOrdering(info);
            }
            GenericLinker.link(infos, visible, accessors);
            reverseAdditions.forEach(Runnable::run);
        }

        private void linkTarget(ModelInfo<?> info, FieldInfo f) {
            RelationInfo r = f.relation();
            ModelInfo<?> target = resolve(info, f, r);
            FieldInfo targetField = target.pk();
            if (!r.toFieldName().isEmpty()) {
                targetField = target.findField(r.toFieldName());
                if (targetField == null || !targetField.hasColumn() || targetField.isRelation()) {
                    throw error(info, f, "toField '" + r.toFieldName() + "' is not a field of " + target.name());
                }
                if (!targetField.isUnique()) {
                    throw error(info, f, "toField '" + r.toFieldName() + "' must be unique on " + target.name());
                }
            }
            r.link(target, targetField);
        }

        private ModelInfo<?> resolve(ModelInfo<?> info, FieldInfo f, RelationInfo r) {
            String name = r.targetName();
            if (name.equals("self")) {
                return info;
            }
            if (name.isEmpty()) {
                Class<?> target = r.declaredTarget();
                if (Modifier.isAbstract(target.getModifiers())) {
                    throw error(info, f, "points at the abstract model " + target.getSimpleName() + ", which has no table");
                }
                return visible.get(target);
            }
            List<ModelInfo<?>> matches = new ArrayList<>();
            for (ModelInfo<?> candidate : visible.values()) {
                if (candidate.name().equals(name) || candidate.type().getName().equals(name)) {
                    matches.add(candidate);
                }
            }
            if (matches.size() == 1) {
                return matches.getFirst();
            }
            if (matches.isEmpty()) {
                throw error(info, f, "points at '" + name + "', which is not a registered model. Register it "
                        + "(Config.models(...)) or name it by class. Registered: "
                        + visible.values().stream().map(ModelInfo::name).sorted().toList());
            }
            throw error(info, f, "points at '" + name + "', which is ambiguous: "
                    + matches.stream().map(m -> m.type().getName()).toList() + "; use the fully qualified class name");
        }

        private void linkJunction(ModelInfo<?> info, FieldInfo f) {
            RelationInfo r = f.relation();
            ModelInfo<?> target = r.target();
            if (r.through() == null) {
                String table = r.dbTable().isEmpty() ? info.table() + "_" + Naming.snakeCase(f.name()) : r.dbTable();
                boolean self = target == info;
                String source = (self ? "from_" : "") + Naming.snakeCase(info.name()) + "_id";
                String dest = (self ? "to_" : "") + Naming.snakeCase(target.name()) + "_id";
                r.linkJunction(new RelationInfo.Junction(table, null, source, dest, null, null));
                return;
            }
            ModelInfo<?> through = visible.get(r.through());
            String[] names = r.throughFields();
            FieldInfo sourceKey;
            FieldInfo targetKey;
            if (names.length == 2) {
                sourceKey = junctionKey(info, f, through, names[0], info);
                targetKey = junctionKey(info, f, through, names[1], target);
            } else {
                sourceKey = onlyKeyTo(info, f, through, info, null);
                targetKey = onlyKeyTo(info, f, through, target, sourceKey);
            }
            r.linkJunction(new RelationInfo.Junction(through.table(), through, sourceKey.column(), targetKey.column(), sourceKey, targetKey));
        }

        private FieldInfo junctionKey(ModelInfo<?> info, FieldInfo f, ModelInfo<?> through, String name, ModelInfo<?> to) {
            FieldInfo key = through.findField(name);
            if (key == null || key.relation() == null || !key.relation().isForward() || key.relation().target() != to) {
                throw error(info, f, "throughFields names '" + name + "', which is not a foreign key of "
                        + through.name() + " to " + to.name());
            }
            return key;
        }

        private FieldInfo onlyKeyTo(ModelInfo<?> info, FieldInfo f, ModelInfo<?> through, ModelInfo<?> to, FieldInfo not) {
            List<FieldInfo> keys = through.columns().stream()
                    .filter(c -> c.relation() != null && c.relation().target() == to && c != not).toList();
            if (keys.size() != 1) {
                throw error(info, f, "the through model " + through.name() + " has " + keys.size()
                        + " foreign keys to " + to.name() + "; say which to use with throughFields");
            }
            return keys.getFirst();
        }

        private void addReverse(FieldInfo f) {
            RelationInfo r = f.relation();
            String declared = r.declaredRelatedName();
            if (declared.equals("+") || (r.isManyToMany() && r.isSymmetrical())) {
                return;
            }
            ModelInfo<?> source = f.model();
            ModelInfo<?> target = r.target();
            String base = Naming.lowerCamel(source.name());
            String accessor = !declared.isEmpty() ? declared
                    : r.kind() == RelationInfo.Kind.ONE_TO_ONE ? base : base + "Set";
            String queryName = !r.declaredRelatedQueryName().isEmpty() ? r.declaredRelatedQueryName()
                    : !declared.isEmpty() ? declared : base;
            for (String name : List.of(accessor, queryName)) {
                FieldInfo clash = target.findField(name);
                if (clash != null) {
                    throw error(source, f, "its reverse name '" + name + "' on " + target.name()
                            + " clashes with the field " + target.name() + "." + clash.name() + "; set relatedName");
                }
            }
            if (target.findGenericRelation(accessor) != null) {
                throw error(source, f, "its reverse accessor '" + target.name() + "." + accessor
                        + "' clashes with the generic relation of that name; set relatedName");
            }
            Map<String, FieldInfo> taken = accessors.computeIfAbsent(target, k -> new LinkedHashMap<>());
            FieldInfo other = taken.get(accessor);
            if (other != null && other != f) {
                throw error(source, f, "its reverse accessor '" + target.name() + "." + accessor
                        + "' clashes with the one for " + other + "; set relatedName on one of them");
            }
            taken.put(accessor, f);
            ReverseRelation reverse = new ReverseRelation(f, accessor, queryName);
            reverseAdditions.add(() -> target.addReverseRelation(reverse));
        }

        private void checkOrdering(ModelInfo<?> info) {
            for (String o : info.ordering()) {
                String name = o.startsWith("-") ? o.substring(1) : o;
                if (!name.contains("__")) {
                    continue;
                }
                String first = name.substring(0, name.indexOf("__"));
                FieldInfo f = info.findField(first);
                if (f == null || f.relation() == null) {
                    throw new ImproperlyConfigured("Model " + info.name() + ", Meta.ordering: '" + name
                            + "' does not start with a relation of " + info.name());
                }
            }
        }

        private static ImproperlyConfigured error(ModelInfo<?> info, FieldInfo f, String problem) {
            return new ImproperlyConfigured("Model " + info.name() + ", field " + f.name() + ": " + problem);
        }
    }
}
