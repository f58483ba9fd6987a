package dev.covet.orm.meta;

import dev.covet.orm.ImproperlyConfigured;
import dev.covet.orm.Model;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.Ref;

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

    static ModelSpec read(Class<?> cls) {
        String model = cls.getSimpleName();
        if (!Model.class.isAssignableFrom(cls) || cls == Model.class) {
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
        readFields(cls, spec);
        readMeta(cls, spec);
        spec.constructor = constructor(cls);
        checkPrototype(cls, spec);
        return spec;
    }

    private static void readFields(Class<?> cls, ModelSpec spec) {
        String model = cls.getSimpleName();
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = cls; c != Model.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        for (Class<?> c : chain) {
            if (c != cls && !Modifier.isAbstract(c.getModifiers())) {
                throw new ImproperlyConfigured("Model " + model + " extends the concrete model " + c.getSimpleName()
                        + ": multi-table inheritance is not supported yet; extend an abstract model instead");
            }
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
                // a field of an abstract base may be redeclared (overridden) further down
                fields.put(s.name, s);
            }
        }
        if (fields.isEmpty()) {
            throw new ImproperlyConfigured("Model " + model + " declares no fields: annotate at least one field "
                    + "(@CharField, @IntegerField, @ForeignKey, ...)");
        }
        List<FieldSpec> pks = fields.values().stream().filter(s -> s.primaryKey).toList();
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
            ordered.add(factory.automaticId());
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
        Set<String> columns = new HashSet<>();
        Set<String> attnames = new HashSet<>();
        for (FieldSpec s : ordered) {
            if (s.column != null && !columns.add(s.column.toLowerCase(java.util.Locale.ROOT))) {
                throw new ImproperlyConfigured("Model " + model + ", field " + s.name + ": column '" + s.column
                        + "' is used by two fields");
            }
            if (s.attname != null && fields.containsKey(s.attname)) {
                throw new ImproperlyConfigured("Model " + model + ", field " + s.attname + ": clashes with the key of relation "
                        + s.name + " (" + s.attname + ")");
            }
            attnames.add(s.attname);
        }
        spec.fields = ordered;
        spec.generics = new ArrayList<>(generics.values());
    }

    private static void readMeta(Class<?> cls, ModelSpec spec) {
        String model = cls.getSimpleName();
        Meta own = cls.getDeclaredAnnotation(Meta.class);
        Meta meta = cls.getAnnotation(Meta.class);
        String table = own != null && !own.table().isEmpty() ? own.table() : Naming.snakeCase(model);
        spec.table = Naming.checkIdentifier(table, "Model " + model + ": table name");
        spec.verboseName = own != null && !own.verboseName().isEmpty() ? own.verboseName() : Naming.words(model);
        spec.verboseNamePlural = own != null && !own.verboseNamePlural().isEmpty() ? own.verboseNamePlural() : spec.verboseName + "s";
        if (meta == null) {
            return;
        }
        spec.managed = meta.managed();
        for (String o : meta.ordering()) {
            if (o.equals("?")) {
                spec.ordering.add(o);
                continue;
            }
            String name = o.startsWith("-") ? o.substring(1) : o;
            String first = name.contains("__") ? name.substring(0, name.indexOf("__")) : name;
            if (!name.contains("__") && fieldNamed(spec, first) == null && !first.equals("pk")) {
                throw new ImproperlyConfigured("Model " + model + ", Meta.ordering: unknown field '" + name
                        + "'. Choices are: " + String.join(", ", fieldNames(spec)));
            }
            spec.ordering.add(o);
        }
        for (Index index : meta.indexes()) {
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
            String name = index.name().isEmpty() ? indexName(spec.table, cols, index.unique() ? "uniq" : "idx") : index.name();
            Naming.checkIdentifier(name, "Model " + model + ": index name");
            spec.indexes.add(new ModelSpec.IndexSpec(name, names, desc, index.unique()));
        }
        for (Unique u : meta.uniqueTogether()) {
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

    private static java.lang.invoke.MethodHandle constructor(Class<?> cls) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(cls, MethodHandles.lookup());
            return lookup.findConstructor(cls, MethodType.methodType(void.class)).asType(MethodType.methodType(Model.class));
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured("Model " + cls.getSimpleName() + " needs a no-argument constructor (it may be private)");
        } catch (IllegalAccessException e) {
            throw new ImproperlyConfigured("Covet cannot reach the constructor of " + cls.getName(), e);
        }
    }

    /** Makes one instance to learn the defaults Java initializers give, and to check relation fields were left to Covet. */
    private static void checkPrototype(Class<?> cls, ModelSpec spec) {
        Model prototype;
        try {
            prototype = (Model) spec.constructor.invokeExact();
        } catch (Throwable t) {
            throw new ImproperlyConfigured("Model " + cls.getSimpleName() + ": its no-argument constructor failed: " + t, t);
        }
        for (FieldSpec s : spec.fields) {
            Object value = s.access.get(prototype);
            if (s.primaryKey) {
                spec.pkHasDefault = value != null;
            }
            if ((s.javaType == Ref.class || s.javaType == ManyToMany.class) && value == null) {
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
