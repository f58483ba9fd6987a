package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model class into a {@link ModelSpec}: its fields (inherited from abstract bases
 * first), primary key, and {@link Meta} options, failing with a message that names the model
 * and the field when something is declared wrong.
 */
final class ModelInfoBuilder {
    private static final int MAX_NAME = 60;

    private ModelInfoBuilder() {
    }

    /** The nearest concrete (non-abstract) model class {@code cls} extends, or null. */
    static Class<?> concreteParent(Class<?> cls) {
        for (Class<?> c = cls.getSuperclass(); c != null && !Entity.isBase(c); c = c.getSuperclass()) {
            if (!Modifier.isAbstract(c.getModifiers())) {
                return c;
            }
        }
        return null;
    }

    /** The face's {@code Model}, which {@code cls} extends: the class directly beneath {@link Entity}. */
    static Class<?> baseOf(Class<?> cls) {
        Class<?> c = cls;
        while (!Entity.isBase(c)) {
            c = c.getSuperclass();
        }
        return c;
    }

    /** Reads {@code cls}; {@code parent} is the metadata of its concrete parent, already registered, or null. */
    static ModelSpec read(Class<?> cls, ModelInfo<?> parent) {
        String model = cls.getSimpleName();
        if (!Entity.isModelClass(cls)) {
            throw new ImproperlyConfigured(cls.getName() + " is not a model: models extend dev.covet.orm.Model");
        }
        if (Modifier.isAbstract(cls.getModifiers())) {
            throw new ImproperlyConfigured("Model " + model + " is abstract: it has no table; register the models that extend it");
        }
        if (cls.getEnclosingClass() != null && !Modifier.isStatic(cls.getModifiers())) {
            throw new ImproperlyConfigured("Model " + model + " is an inner class; make it a static nested or top-level class");
        }
        ModelSpec spec = new ModelSpec();
        spec.type = cls;
        spec.inheritance = inheritance(cls, parent);
        spec.inherited = parent;
        readFields(cls, spec, parent);
        readMeta(cls, spec, parent);
        spec.constructor = constructor(cls);
        checkPrototype(cls, spec, parent);
        return spec;
    }

    private static ModelSpec.Inheritance inheritance(Class<?> cls, ModelInfo<?> parent) {
        if (cls.isAnnotationPresent(Proxy.class)) {
            if (parent == null) {
                throw new ImproperlyConfigured("Model " + cls.getSimpleName() + " is a @Proxy but extends no concrete model");
            }
            return ModelSpec.Inheritance.PROXY;
        }
        if (parent == null) {
            Meta own = cls.getDeclaredAnnotation(Meta.class);
            return own != null && !own.polymorphicOn().isEmpty() ? ModelSpec.Inheritance.SINGLE_TABLE : ModelSpec.Inheritance.NONE;
        }
        return parent.discriminator() != null ? ModelSpec.Inheritance.SINGLE_TABLE : ModelSpec.Inheritance.MULTI_TABLE;
    }

    private static void readFields(Class<?> cls, ModelSpec spec, ModelInfo<?> parent) {
        String model = cls.getSimpleName();
        // own fields: those of cls and of the abstract classes between it and its concrete parent (or Model, the base)
        List<Class<?>> chain = new ArrayList<>();
        Class<?> stop = parent == null ? baseOf(cls) : parent.type();
        for (Class<?> c = cls; c != stop; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        FieldFactory factory = new FieldFactory(model);
        GenericFieldReader genericReader = new GenericFieldReader(model);
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        Map<String, ModelSpec.GenericSpec> generics = new LinkedHashMap<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isSynthetic()) {
                    continue;
                }
                ModelSpec.GenericSpec generic = genericReader.read(f);
                if (generic != null) {
                    generics.put(generic.name(), generic);
                    continue;
                }
                FieldSpec s = factory.read(f);
                if (s == null) {
                    continue;
                }
                FieldSpec earlier = fields.get(s.name);
                if (earlier != null && earlier.source.getDeclaringClass() == c) {
                    throw new ImproperlyConfigured("Model " + model + " declares field " + s.name + " twice");
                }
                if (parent != null && parent.findField(s.name) != null) {
                    throw new ImproperlyConfigured("Model " + model + ", field " + s.name + ": clashes with the field "
                            + s.name + " it inherits from " + parent.name());
                }
                // a field of an abstract base may be redeclared (overridden) further down
                fields.put(s.name, s);
            }
        }
        List<FieldSpec> pks = fields.values().stream().filter(s -> s.primaryKey).toList();
        List<FieldSpec> ordered = new ArrayList<>();
        boolean child = parent != null;
        if (spec.inheritance == ModelSpec.Inheritance.PROXY && !fields.isEmpty()) {
            throw new ImproperlyConfigured("Model " + model + " is a @Proxy of " + parent.name()
                    + " and cannot declare fields (" + String.join(", ", fields.keySet()) + ")");
        }
        if (child && !pks.isEmpty()) {
            throw new ImproperlyConfigured("Model " + model + ", field " + pks.getFirst().name
                    + ": a model that extends " + parent.name() + " shares its primary key and cannot declare one");
        }
        if (!child) {
            ordered.addAll(root(cls, spec, fields, pks, factory));
        } else {
            if (spec.inheritance == ModelSpec.Inheritance.MULTI_TABLE) {
                ordered.add(parentLink(parent));
            }
            ordered.addAll(fields.values());
        }
        Set<String> columns = new HashSet<>();
        if (child && spec.inheritance != ModelSpec.Inheritance.MULTI_TABLE) {
            for (FieldInfo f : parent.columns()) {
                if (f.model().table().equals(parent.table())) {
                    columns.add(f.column().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        for (FieldSpec s : ordered) {
            if (s.column != null && !columns.add(s.column.toLowerCase(java.util.Locale.ROOT))) {
                throw new ImproperlyConfigured("Model " + model + ", field " + s.name + ": column '" + s.column
                        + "' is used by two fields");
            }
            if (s.attname != null && (fields.containsKey(s.attname) || (child && parent.findField(s.attname) != null))) {
                throw new ImproperlyConfigured("Model " + model + ", field " + s.attname + ": clashes with the key of relation "
                        + s.name + " (" + s.attname + ")");
            }
        }
        spec.fields = ordered;
        spec.generics = new ArrayList<>(generics.values());
    }

    /** The fields of a model that stands on its own (or is the base of a single table): its primary key first. */
    private static List<FieldSpec> root(Class<?> cls, ModelSpec spec, Map<String, FieldSpec> fields, List<FieldSpec> pks,
                                        FieldFactory factory) {
        String model = cls.getSimpleName();
        if (fields.isEmpty()) {
            throw new ImproperlyConfigured("Model " + model + " declares no fields: annotate at least one field "
                    + "(@CharField, @IntegerField, @ForeignKey, ...)");
        }
        if (pks.size() > 1) {
            throw new ImproperlyConfigured("Model " + model + " declares " + pks.size() + " primary keys ("
                    + String.join(", ", pks.stream().map(s -> s.name).toList()) + "); a model has exactly one");
        }
        List<FieldSpec> ordered = new ArrayList<>();
        if (pks.isEmpty()) {
            if (fields.containsKey("id")) {
                throw new ImproperlyConfigured("Model " + model + ", field id: clashes with the automatic primary key 'id'; "
                        + "mark it primaryKey = true or give it another name");
            }
            ordered.add(factory.automaticId(baseOf(cls)));
        } else {
            FieldSpec pk = pks.getFirst();
            if (pk.nullable) {
                throw new ImproperlyConfigured("Model " + model + ", field " + pk.name + ": a primary key cannot be nullable");
            }
            if (pk.kind == dev.covet.orm.field.FieldKind.MANY_TO_MANY) {
                throw new ImproperlyConfigured("Model " + model + ", field " + pk.name + ": a many-to-many field cannot be the primary key");
            }
        }
        ordered.addAll(fields.values());
        if (spec.inheritance == ModelSpec.Inheritance.SINGLE_TABLE) {
            String name = cls.getDeclaredAnnotation(Meta.class).polymorphicOn();
            Naming.checkIdentifier(name, "Model " + model + ": polymorphicOn");
            if (fields.containsKey(name)) {
                throw new ImproperlyConfigured("Model " + model + ": polymorphicOn '" + name
                        + "' names a declared field; Covet adds and fills the discriminator itself");
            }
            ordered.add(discriminator(name));
        }
        return ordered;
    }

    /** The discriminator of a single table: a column with no Java field, holding the identity of each row's class. */
    private static FieldSpec discriminator(String name) {
        FieldSpec s = new FieldSpec();
        s.name = name;
        s.column = Naming.snakeCase(name);
        s.kind = dev.covet.orm.field.FieldKind.CHAR;
        s.storage = dev.covet.orm.field.FieldKind.Storage.STRING;
        s.javaType = String.class;
        s.genericType = String.class;
        s.maxLength = 50;
        s.dbIndex = true;
        s.editable = false;
        s.blank = true;
        s.autoCreated = true;
        s.verboseName = Naming.words(name);
        s.access = FieldAccess.computed(m -> ModelRegistry.infoOf(m).polymorphicIdentity(), "discriminator " + name);
        return s;
    }

    /** The key of a multi-table child: a one-to-one to the parent that is also the primary key, sharing the parent key's Java field. */
    private static FieldSpec parentLink(ModelInfo<?> parent) {
        FieldInfo parentKey = parent.pk();
        FieldSpec s = new FieldSpec();
        s.name = Naming.lowerCamel(parent.name()) + "Ptr";
        s.column = Naming.snakeCase(parent.name()) + "_ptr_id";
        s.kind = dev.covet.orm.field.FieldKind.RELATION;
        s.javaType = parentKey.javaType();
        s.genericType = parentKey.genericType();
        s.primaryKey = true;
        s.blank = true;
        s.autoCreated = true;
        s.editable = false;
        s.verboseName = Naming.words(s.name);
        s.relation = new RelationInfo(RelationInfo.Kind.ONE_TO_ONE, parent.type().asSubclass(Entity.class), "",
                dev.covet.orm.field.OnDelete.CASCADE, null, "", "", "", true, true, null, null, null, false);
        s.access = parentKey.access();
        s.converter = parentKey.converter();
        return s;
    }

    private static void readMeta(Class<?> cls, ModelSpec spec, ModelInfo<?> parent) {
        String model = cls.getSimpleName();
        Meta own = cls.getDeclaredAnnotation(Meta.class);
        Meta meta = cls.getAnnotation(Meta.class);
        boolean sharesTable = spec.inheritance == ModelSpec.Inheritance.PROXY
                || (spec.inheritance == ModelSpec.Inheritance.SINGLE_TABLE && parent != null);
        if (sharesTable && own != null && !own.table().isEmpty()) {
            throw new ImproperlyConfigured("Model " + model + " shares the table of " + parent.name() + " and cannot name its own");
        }
        String table = sharesTable ? parent.table()
                : own != null && !own.table().isEmpty() ? own.table() : Naming.snakeCase(model);
        spec.table = Naming.checkIdentifier(table, "Model " + model + ": table name");
        if (spec.inheritance == ModelSpec.Inheritance.SINGLE_TABLE) {
            spec.identity = own != null && !own.polymorphicIdentity().isEmpty() ? own.polymorphicIdentity() : model;
            if (spec.identity.length() > 50) {
                throw new ImproperlyConfigured("Model " + model + ": polymorphicIdentity '" + spec.identity + "' is longer than 50 characters");
            }
        } else if (own != null && !own.polymorphicIdentity().isEmpty()) {
            throw new ImproperlyConfigured("Model " + model + " has a polymorphicIdentity but is not part of a single-table hierarchy "
                    + "(its base needs polymorphicOn)");
        }
        spec.verboseName = own != null && !own.verboseName().isEmpty() ? own.verboseName() : Naming.words(model);
        spec.verboseNamePlural = own != null && !own.verboseNamePlural().isEmpty() ? own.verboseNamePlural() : spec.verboseName + "s";
        if (meta == null) {
            return;
        }
        spec.managed = meta.managed();
        // a child inherits its parent's ordering (as in Django), not its indexes or unique sets: the parent's table has those
        Meta tableMeta = parent == null ? meta : own;
        String[] ordering = meta.ordering().length == 0 && parent != null ? parent.ordering().toArray(String[]::new) : meta.ordering();
        for (String o : ordering) {
            if (o.equals("?")) {
                spec.ordering.add(o);
                continue;
            }
            String name = o.startsWith("-") ? o.substring(1) : o;
            String first = name.contains("__") ? name.substring(0, name.indexOf("__")) : name;
            if (!name.contains("__") && fieldNamed(spec, first) == null && !first.equals("pk")
                    && (parent == null || parent.findField(first) == null)) {
                throw new ImproperlyConfigured("Model " + model + ", Meta.ordering: unknown field '" + name
                        + "'. Choices are: " + String.join(", ", fieldNames(spec)));
            }
            spec.ordering.add(o);
        }
        for (Index index : tableMeta == null ? new Index[0] : tableMeta.indexes()) {
            if (index.fields().length == 0) {
                throw new ImproperlyConfigured("Model " + model + ", Meta.indexes: an index needs at least one field");
            }
            List<String> names = new ArrayList<>();
            List<Boolean> desc = new ArrayList<>();
            List<String> cols = new ArrayList<>();
            for (String f : index.fields()) {
                boolean d = f.startsWith("-");
                String n = d ? f.substring(1) : f;
                FieldSpec s = columnField(spec, n, "Meta.indexes");
                names.add(s.name);
                desc.add(d);
                cols.add(s.column);
            }
            if (index.search() && (index.unique() || desc.contains(true))) {
                throw new ImproperlyConfigured("Model " + model + ", Meta.indexes: a search index is neither unique nor descending");
            }
            String name = index.name().isEmpty() ? indexName(spec.table, cols, index.search() ? "search" : index.unique() ? "uniq" : "idx") : index.name();
            Naming.checkIdentifier(name, "Model " + model + ": index name");
            spec.indexes.add(new ModelSpec.IndexSpec(name, names, desc, index.unique(), index.search()));
        }
        for (Unique u : tableMeta == null ? new Unique[0] : tableMeta.uniqueTogether()) {
            if (u.value().length == 0) {
                throw new ImproperlyConfigured("Model " + model + ", Meta.uniqueTogether: an entry needs at least one field");
            }
            List<String> names = new ArrayList<>();
            for (String f : u.value()) {
                names.add(columnField(spec, f, "Meta.uniqueTogether").name);
            }
            spec.uniqueTogether.add(names);
        }
    }

    private static FieldSpec columnField(ModelSpec spec, String name, String where) {
        FieldSpec s = fieldNamed(spec, name);
        if (s == null && spec.inherited != null && spec.inherited.findField(name) != null) {
            FieldInfo f = spec.inherited.findField(name);
            if (f.hasColumn() && f.model().table().equals(spec.table)) {
                FieldSpec shadow = new FieldSpec();
                shadow.name = f.name();
                shadow.column = f.column();
                return shadow;
            }
        }
        if (s == null || s.column == null) {
            throw new ImproperlyConfigured("Model " + spec.type.getSimpleName() + ", " + where + ": unknown field '" + name
                    + "'. Choices are: " + String.join(", ", fieldNames(spec).stream()
                    .filter(n -> fieldNamed(spec, n).column != null).toList()));
        }
        return s;
    }

    private static FieldSpec fieldNamed(ModelSpec spec, String name) {
        for (FieldSpec s : spec.fields) {
            if (s.name.equals(name) || name.equals(s.attname)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> fieldNames(ModelSpec spec) {
        return spec.fields.stream().map(s -> s.name).sorted().toList();
    }

    /** {@code <table>_<columns>_idx}, shortened with a hash when it would be too long for PostgreSQL (63) or MySQL (64). */
    static String indexName(String table, List<String> columns, String suffix) {
        String name = table + "_" + String.join("_", columns) + "_" + suffix;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, MAX_NAME - hash.length() - suffix.length() - 2) + "_" + hash + "_" + suffix;
    }

    private static java.util.function.Supplier<Entity> constructor(Class<?> cls) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(dev.covet.orm.meta.Modules.readable(cls), MethodHandles.lookup());
            return Constructors.supplier(lookup, cls,
                    lookup.findConstructor(cls, MethodType.methodType(void.class)).asType(MethodType.methodType(Entity.class)));
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured("Model " + cls.getSimpleName() + " needs a no-argument constructor (it may be private)");
        } catch (IllegalAccessException e) {
            throw new ImproperlyConfigured("Covet cannot reach the constructor of " + cls.getName(), e);
        }
    }

    /** Makes one instance to learn the defaults Java initializers give, and to check relation fields were left to Covet. */
    private static void checkPrototype(Class<?> cls, ModelSpec spec, ModelInfo<?> parent) {
        Entity prototype;
        try {
            prototype = spec.constructor.get();
        } catch (Throwable t) {
            throw new ImproperlyConfigured("Model " + cls.getSimpleName() + ": its no-argument constructor failed: " + t, t);
        }
        if (parent != null && spec.inheritance != ModelSpec.Inheritance.MULTI_TABLE) {
            spec.pkHasDefault = parent.pk().value(prototype) != null;
        }
        for (FieldSpec s : spec.fields) {
            if (s.autoCreated && !s.primaryKey) {
                continue; // the discriminator: computed from the registered model, which this one is not yet
            }
            Object value = s.access.get(prototype);
            if (s.primaryKey) {
                spec.pkHasDefault = value != null;
            }
            if ((RelationValues.isKey(s.javaType) || RelationValues.isMany(s.javaType)) && value == null) {
                throw new ImproperlyConfigured("Model " + cls.getSimpleName() + ", field " + s.name
                        + ": leave relation fields uninitialized; Covet fills them in");
            }
        }
        for (ModelSpec.GenericSpec g : spec.generics) {
            if (g.access().get(prototype) == null) {
                throw new ImproperlyConfigured("Model " + cls.getSimpleName() + ", field " + g.name()
                        + ": leave generic relation fields uninitialized; Covet fills them in");
            }
        }
    }
}
