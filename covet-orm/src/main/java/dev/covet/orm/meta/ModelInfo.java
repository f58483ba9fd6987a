package dev.covet.orm.meta;

import dev.covet.orm.exception.FieldError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything Covet knows about a model class (Django's {@code _meta}): its table, fields,
 * primary key, ordering, indexes and relations. Built once at registration; immutable and
 * thread-safe afterwards (the reverse relations are filled in when other models register).
 *
 * @param <T> the model class
 */
public final class ModelInfo<T extends Entity> {
    private final Class<T> type;
    private final String name;
    private final String table;
    private final boolean managed;
    private final String verboseName;
    private final String verboseNamePlural;
    private final List<FieldInfo> fields;
    private final List<FieldInfo> columns;
    private final List<FieldInfo> manyToMany;
    private final Map<String, FieldInfo> byName;
    private final FieldInfo pk;
    private final List<String> ordering;
    private final List<IndexInfo> indexes;
    private final List<List<FieldInfo>> uniqueTogether;
    private final java.util.function.Supplier<Entity> constructor;
    private final boolean pkHasDefault;
    private final ModelInfo<?> parent;
    private final Inheritance inheritance;
    private final String identity;
    private volatile List<ModelInfo<?>> singleTableDescendants = List.of();
    private final List<GenericForeignKeyInfo> genericForeignKeys;
    private final List<GenericRelationInfo> genericRelations;
    private volatile List<ReverseRelation> reverseRelations = List.of();
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    ModelInfo(ModelSpec spec) {
        this.type = cast(spec.type);
        this.name = spec.name != null ? spec.name : spec.type.getSimpleName();
        this.table = spec.table;
        this.managed = spec.managed;
        this.verboseName = spec.verboseName;
        this.verboseNamePlural = spec.verboseNamePlural;
        this.constructor = spec.constructor;
        this.pkHasDefault = spec.pkHasDefault;
        this.ordering = List.copyOf(spec.ordering);
        this.parent = spec.inherited;
        this.inheritance = Inheritance.valueOf(spec.inheritance.name());
        this.identity = spec.identity;

        List<FieldInfo> all = new ArrayList<>();
        List<FieldInfo> cols = new ArrayList<>();
        List<FieldInfo> m2m = new ArrayList<>();
        Map<String, FieldInfo> names = new LinkedHashMap<>();
        FieldInfo primary = null;
        if (parent != null) {
            // inherited fields stay the parent's (their model says which table holds them)
            for (FieldInfo f : parent.fields()) {
                all.add(f);
                (f.hasColumn() ? cols : m2m).add(f);
                names.put(f.name(), f);
                names.putIfAbsent(f.attname(), f);
            }
            primary = parent.pk();
        }
        for (FieldSpec fs : spec.fields) {
            FieldInfo f = new FieldInfo(this, fs);
            if (f.relation() != null) {
                f.relation().bindField(f);
            }
            all.add(f);
            (f.hasColumn() ? cols : m2m).add(f);
            names.put(f.name(), f);
            names.putIfAbsent(f.attname(), f);
            if (f.isPrimaryKey()) {
                primary = f;
            }
        }
        this.fields = List.copyOf(all);
        this.columns = List.copyOf(cols);
        this.manyToMany = List.copyOf(m2m);
        this.byName = Collections.unmodifiableMap(names);
        this.pk = primary;

        List<IndexInfo> idx = new ArrayList<>();
        for (ModelSpec.IndexSpec is : spec.indexes) {
            List<FieldInfo> fs = is.fields().stream().map(names::get).toList();
            idx.add(new IndexInfo(is.name(), fs, is.descending(), is.unique(), is.search()));
        }
        this.indexes = List.copyOf(idx);
        this.uniqueTogether = spec.uniqueTogether.stream().map(group -> group.stream().map(names::get).toList()).toList();
        this.genericForeignKeys = spec.generics.stream().filter(ModelSpec.GenericSpec::isKey)
                .map(g -> new GenericForeignKeyInfo(this, g)).toList();
        this.genericRelations = spec.generics.stream().filter(g -> !g.isKey())
                .map(g -> new GenericRelationInfo(this, g)).toList();
    }

    /** How a model stands on a concrete parent. */
    public enum Inheritance {
        /** It does not: its own table, its own fields (abstract bases aside). */
        NONE,
        /** The parent's table and fields, its own managers and methods. */
        PROXY,
        /** One table for a hierarchy, told apart by a discriminator column. */
        SINGLE_TABLE,
        /** Its own table for its own fields, joined to the parent's by a one-to-one primary key. */
        MULTI_TABLE
    }

    /** {@return how this model stands on a concrete parent; {@link Inheritance#NONE} when it has none} */
    public Inheritance inheritance() {
        return inheritance;
    }

    /** {@return the concrete model this one extends (proxy, single-table or multi-table), or null} */
    public ModelInfo<?> parent() {
        return parent;
    }

    /** {@return the parent of a multi-table child (whose table this one joins), or null} */
    public ModelInfo<?> tableParent() {
        return inheritance == Inheritance.MULTI_TABLE ? parent : null;
    }

    /** {@return whether this model creates (and owns) its table} Proxies and single-table subclasses use their base's. */
    public boolean ownsTable() {
        return managed && (parent == null || inheritance == Inheritance.MULTI_TABLE);
    }

    /** {@return the model whose table this is (this one, unless a proxy or single-table subclass)} */
    public ModelInfo<?> tableOwner() {
        return parent != null && inheritance != Inheritance.MULTI_TABLE ? parent.tableOwner() : this;
    }

    /**
     * The tables a row of this model spans, root first, each as the model whose fields it holds: just this
     * model for most, one per level for a multi-table child (Place, Restaurant, ItalianRestaurant).
     *
     * @return a new list, root first, ending with this model
     */
    public List<ModelInfo<?>> tableChain() {
        List<ModelInfo<?>> out = new ArrayList<>();
        for (ModelInfo<?> m = this; m != null; m = m.tableOwner().tableParent()) {
            out.addFirst(m);
        }
        return out;
    }

    /**
     * Is {@code field}'s column in this model's own table (rather than a multi-table parent's)?
     *
     * @param field a field of this model or of one of its parents
     * @return true when the field's model shares this model's table
     */
    public boolean holdsColumn(FieldInfo field) {
        return field.model().tableOwner() == tableOwner();
    }

    /** {@return the columns held by this model's own table (a multi-table child's own fields and its parent link)} */
    public List<FieldInfo> localColumns() {
        List<FieldInfo> out = new ArrayList<>();
        for (FieldInfo f : columns) {
            if (f.model().table().equals(table)) {
                out.add(f);
            }
        }
        return out;
    }

    /** {@return the discriminator field of a single-table hierarchy, or null} */
    public FieldInfo discriminator() {
        for (FieldInfo f : fields) {
            if (f.isAutoCreated() && !f.isPrimaryKey() && f.kind() == dev.covet.orm.field.FieldKind.CHAR) {
                return f;
            }
        }
        return null;
    }

    /** {@return the discriminator value of this class in a single-table hierarchy, or null} */
    public String polymorphicIdentity() {
        return identity;
    }

    /** {@return the single-table subclasses of this model, all levels down} */
    public List<ModelInfo<?>> singleTableDescendants() {
        return singleTableDescendants;
    }

    void addSingleTableDescendant(ModelInfo<?> child) {
        List<ModelInfo<?>> next = new ArrayList<>(singleTableDescendants);
        if (!next.contains(child)) {
            next.add(child);
        }
        singleTableDescendants = List.copyOf(next);
    }

    /** {@return the discriminator values of this class and its single-table subclasses} */
    public List<String> identities() {
        List<String> out = new ArrayList<>();
        out.add(identity);
        singleTableDescendants.forEach(d -> out.add(d.identity));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Entity> Class<T> cast(Class<?> type) {
        return (Class<T>) type;
    }

    /** {@return the model class} */
    public Class<T> type() {
        return type;
    }

    /** {@return the simple class name} */
    public String name() {
        return name;
    }

    /** {@return the table name (Django's {@code db_table})} */
    public String table() {
        return table;
    }

    /** {@return whether Covet creates and drops this model's table (Django's {@code managed})} */
    public boolean isManaged() {
        return managed;
    }

    /** {@return a human-readable name of one instance (Django's {@code verbose_name})} */
    public String verboseName() {
        return verboseName;
    }

    /** {@return a human-readable name of several instances (Django's {@code verbose_name_plural})} */
    public String verboseNamePlural() {
        return verboseNamePlural;
    }

    /** {@return every field, in declaration order (inherited fields first, an automatic {@code id} before all)} */
    public List<FieldInfo> fields() {
        return fields;
    }

    /** {@return the fields that have a column, in table order} */
    public List<FieldInfo> columns() {
        return columns;
    }

    /** {@return the many-to-many fields declared on this model} */
    public List<FieldInfo> manyToManyFields() {
        return manyToMany;
    }

    /** {@return the primary-key field (Django's {@code _meta.pk})} */
    public FieldInfo pk() {
        return pk;
    }

    /** {@return whether a new instance comes with its primary key already set (a UUID initializer, say)} */
    public boolean pkHasDefault() {
        return pkHasDefault;
    }

    /** {@return the default ordering (Django's {@code ordering}), as {@code orderBy} takes it; empty for none} */
    public List<String> ordering() {
        return ordering;
    }

    /** {@return the indexes declared in the model's {@code Meta} (Django's {@code indexes})} */
    public List<IndexInfo> indexes() {
        return indexes;
    }

    /** {@return the field sets that must be unique together (Django's {@code unique_together})} */
    public List<List<FieldInfo>> uniqueTogether() {
        return uniqueTogether;
    }

    /** {@return the reverse sides of relations declared on other models (and this one) that point here} */
    public List<ReverseRelation> reverseRelations() {
        if (parent == null) {
            return reverseRelations;
        }
        // relations that point at the parent reach this model's rows too; not the parent link itself
        List<ReverseRelation> all = new ArrayList<>(reverseRelations);
        for (ReverseRelation r : parent.reverseRelations()) {
            if (r.field() != pk && all.stream().noneMatch(x -> x.accessorName().equals(r.accessorName()))) {
                all.add(r);
            }
        }
        return all;
    }

    /** {@return the reverse relations declared against this very model (not inherited)} */
    List<ReverseRelation> ownReverseRelations() {
        return reverseRelations;
    }

    void addReverseRelation(ReverseRelation reverse) {
        List<ReverseRelation> next = new ArrayList<>(reverseRelations);
        next.removeIf(r -> r.field() == reverse.field());
        next.add(reverse);
        reverseRelations = List.copyOf(next);
    }

    /** {@return the {@code @GenericForeignKey} fields of this model} */
    public List<GenericForeignKeyInfo> genericForeignKeys() {
        return genericForeignKeys;
    }

    /** {@return the {@code @GenericRelation} fields of this model: generic keys elsewhere that point here} */
    public List<GenericRelationInfo> genericRelations() {
        return genericRelations;
    }

    /**
     * The generic key named {@code name}.
     *
     * @param name the {@code @GenericForeignKey} field's name
     * @return the generic key, or null if the model has none of that name
     */
    public GenericForeignKeyInfo findGenericForeignKey(String name) {
        for (GenericForeignKeyInfo g : genericForeignKeys) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return null;
    }

    /**
     * The generic relation named {@code name}.
     *
     * @param name the {@code @GenericRelation} field's name
     * @return the generic relation, or null if the model has none of that name
     */
    public GenericRelationInfo findGenericRelation(String name) {
        for (GenericRelationInfo g : genericRelations) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return null;
    }

    /**
     * The field named {@code name} (or its attname, or {@code pk}).
     *
     * @param name a field name, an attname such as {@code authorId}, or {@code pk}
     * @return the field, or null if there is none
     */
    public FieldInfo findField(String name) {
        if ("pk".equals(name)) {
            return pk;
        }
        return byName.get(name);
    }

    /**
     * The field named {@code name} (Django's {@code _meta.get_field}).
     *
     * @param name a field name, an attname such as {@code authorId}, or {@code pk}
     * @return the field
     * @throws FieldError listing the choices if there is none
     */
    public FieldInfo field(String name) {
        FieldInfo f = findField(name);
        if (f == null) {
            throw FieldError.unknown(name, this.name, fieldChoices());
        }
        return f;
    }

    /**
     * The reverse relation reached by {@code queryName} in lookups.
     *
     * @param queryName the related query name, as used in {@code filter}
     * @return the reverse relation, or null if none is named so
     */
    public ReverseRelation findReverseByQueryName(String queryName) {
        for (ReverseRelation r : reverseRelations()) {
            if (r.queryName().equals(queryName)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The reverse relation reached by {@code accessorName} on instances.
     *
     * @param accessorName the related name, such as {@code bookSet}
     * @return the reverse relation, or null if none is named so
     */
    public ReverseRelation findReverseByAccessor(String accessorName) {
        for (ReverseRelation r : reverseRelations()) {
            if (r.accessorName().equals(accessorName)) {
                return r;
            }
        }
        return null;
    }

    /** {@return the names a lookup may start with: fields, attnames, {@code pk} and reverse query names} */
    public Set<String> fieldChoices() {
        Set<String> choices = new LinkedHashSet<>(byName.keySet());
        choices.add("pk");
        reverseRelations().forEach(r -> choices.add(r.queryName()));
        genericRelations.forEach(g -> choices.add(g.name()));
        return choices;
    }

    /** {@return a new, empty instance, made by the model's no-argument constructor} */
    public T newInstance() {
        try {
            return type.cast(constructor.get());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            // a constructor that throws a checked exception throws it through the supplier undeclared
            throw new IllegalStateException("Cannot instantiate " + name, e);
        }
    }

    /**
     * A value derived from this model and cached for its lifetime (compiled statements,
     * row readers). {@code key} must identify what is derived, including the dialect.
     *
     * @param key what identifies the derived value; compared with {@code equals}
     * @param compute makes the value from {@code key} the first time it is asked for
     * @param <V> the value's type
     * @return the cached value
     */
    @SuppressWarnings("unchecked")
    public <V> V derived(Object key, Function<Object, V> compute) {
        return (V) derived.computeIfAbsent(key, compute);
    }

    @Override
    public String toString() {
        return name;
    }
}
