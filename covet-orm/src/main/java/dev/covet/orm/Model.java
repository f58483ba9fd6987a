package dev.covet.orm;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.internal.WriteDatabases;
import dev.covet.orm.internal.persist.InstanceValues;
import dev.covet.orm.internal.persist.Lifecycle;
import dev.covet.orm.internal.persist.Persister;
import dev.covet.orm.internal.query.Deletion;
import dev.covet.orm.internal.query.FullClean;
import dev.covet.orm.internal.query.Neighbours;
import dev.covet.orm.internal.query.Refresh;
import dev.covet.orm.internal.relation.RelationSlots;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.relation.GenericRef;
import dev.covet.orm.relation.Ref;
import dev.covet.orm.relation.RelatedManager;
import dev.covet.orm.relation.ReverseOne;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The base of every model (Active Record, as in Django). Declare fields with the annotations of
 * {@code dev.covet.orm.field}, give the class a manager, and Covet derives the table.
 *
 * <pre>{@code
 * @Meta(ordering = "-createdAt")
 * public class Author extends Model {
 *     public static final Manager<Author> objects = Manager.of(Author.class);
 *
 *     @CharField(maxLength = 100, unique = true) public String name;
 *     @EmailField public String email;
 *     @DateTimeField(autoNowAdd = true) public Instant createdAt;
 * }
 *
 * Author a = new Author();
 * a.name = "Alice";
 * a.email = "alice@example.com";
 * a.save();                                  // INSERT; a.id is set
 * a.email = "alice@example.org";
 * a.save();                                  // UPDATE
 * }</pre>
 *
 * Instances are not thread-safe; share them between threads only with care.
 */
public abstract class Model extends Entity {
    /** The automatic primary key, used unless the model declares its own. */
    public Long id;

    protected Model() {
        RelationSlots.fill(this);
        Lifecycle lifecycle = Lifecycle.current();
        if (lifecycle.hears(Lifecycle.Kind.PRE_INIT, getClass())) {
            lifecycle.init(Lifecycle.Kind.PRE_INIT, this);
        }
    }

    /**
     * The primary key value, whatever the primary key field is called.
     *
     * @return the key as stored in the database, or null while unset
     */
    public final Object pk() {
        return info().pk().dbValue(this);
    }

    final ModelInfo<?> info() {
        return ModelRegistry.infoOf(this);
    }

    // ---------------------------------------------------------------- persistence

    /** INSERT if new, else UPDATE; validates first ({@link #fullClean()} without unique checks). */
    public final void save() {
        save(SaveOptions.DEFAULT);
    }

    /**
     * Saves as {@code options} say; override to add behavior, calling {@code super.save(options)}.
     *
     * @param options force insert or update, update only some fields, skip validation, pick the database
     */
    public void save(SaveOptions options) {
        Persister.save(this, options.persisted(), WriteDatabases.of(this, options.database()));
    }

    /**
     * Deletes the row (and what cascades from it); returns the counts per model.
     *
     * @return the rows removed, in total and per model
     */
    public DeleteResult delete() {
        return Deletion.delete(this);
    }

    /**
     * Sets {@code field} to {@code expression} computed by the database on the next {@link #save()}, as
     * Django's {@code obj.views = F("views") + 1; obj.save()}: the UPDATE writes {@code views = views + 1}
     * (no lost update under concurrency), and the field is then read back, so it holds the stored value.
     * Only a saved object can be updated this way; until the save, the field's Java value is ignored.
     *
     * @param field the field name
     * @param expression what the database computes, such as {@code F.of("views").plus(1)}
     */
    public final void setExpression(String field, dev.covet.orm.query.Expression expression) {
        ModelInfo<?> info = ModelRegistry.info(getClass());
        FieldInfo f = info.findField(field);
        if (f == null || !f.hasColumn() || f.isPrimaryKey() || f.relation() != null) {
            throw FieldError.unknown(field, info.name(), info.columns().stream()
                    .filter(c -> !c.isPrimaryKey() && c.relation() == null).map(FieldInfo::name).toList());
        }
        if (expression == null) {
            throw new IllegalArgumentException("setExpression needs an expression; assign the field for a plain value");
        }
        Instances.<dev.covet.orm.query.Expression>pendingExpressions(this, true).put(f.name(), expression);
    }

    /**
     * Reloads every loaded field from the database, or only {@code fields}.
     *
     * @param fields the fields to reload; none for every loaded field
     */
    public final void refreshFromDb(String... fields) {
        Refresh.refresh(this, fields);
    }

    /** Model-wide validation; override and throw {@link ValidationError}. Runs in {@link #fullClean()} after the field checks. */
    @Override
    public void clean() {
    }

    /** Checks every field, then {@link #clean()}, then unique constraints; throws one {@link ValidationError} with every problem. */
    public final void fullClean() {
        FullClean.fullClean(this, List.of(), true);
    }

    /**
     * As {@link #fullClean()}, skipping the fields named in {@code exclude}.
     *
     * @param exclude the names of the fields not to check
     * @param validateUnique whether to check unique constraints (one query each)
     */
    public final void fullClean(Collection<String> exclude, boolean validateUnique) {
        FullClean.fullClean(this, exclude, validateUnique);
    }

    // ---------------------------------------------------------------- values

    /**
     * A field's value by name (loading it first if it was deferred), the related object for a foreign
     * or generic key, the key for {@code authorId}, an annotation's value, or the manager of a to-many relation.
     *
     * @param <V> the value type, as the caller expects it
     * @param name the field, key, annotation or relation name
     * @return the value; null for a null column
     */
    @SuppressWarnings("unchecked")
    public final <V> V get(String name) {
        ModelInfo<?> info = info();
        FieldInfo f = info.findField(name);
        if (f != null) {
            Refresh.loadIfDeferred(this, f);
            Object v = f.value(this);
            if (v instanceof Ref<?> ref) {
                return (V) (name.equals(f.attname()) && !name.equals(f.name()) ? ref.id() : ref.get());
            }
            return (V) v;
        }
        Map<String, Object> annotations = Instances.annotations(this, false);
        if (annotations != null && annotations.containsKey(name)) {
            return (V) annotations.get(name);
        }
        dev.covet.orm.meta.GenericForeignKeyInfo genericKey = info.findGenericForeignKey(name);
        if (genericKey != null) {
            return (V) ((GenericRef<?>) genericKey.value(this)).get();
        }
        if (info.findGenericRelation(name) != null) {
            return (V) RelatedManager.of(this, name);
        }
        dev.covet.orm.meta.ReverseRelation reverse = info.findReverseByAccessor(name);
        if (reverse != null) {
            return reverse.isMultiple() ? (V) RelatedManager.of(this, name) : (V) ReverseOne.of(this, name).get();
        }
        java.util.Set<String> choices = new java.util.LinkedHashSet<>(info.fieldChoices());
        if (annotations != null) {
            choices.addAll(annotations.keySet());
        }
        throw FieldError.unknown(name, info.name(), choices);
    }

    /**
     * The objects related through a to-many relation: a reverse foreign key ({@code author.related("books")}),
     * or either side of a many-to-many. A field of type {@code RelatedManager} named after the relation
     * gives the same without the string.
     *
     * @param <R> the related model
     * @param name the relation name (a reverse accessor or a many-to-many field)
     * @return the manager of the related objects
     */
    public final <R extends Model> RelatedManager<R> related(String name) {
        return RelatedManager.of(this, name);
    }

    /**
     * The next object by the date or date-time field {@code field} (ties broken by primary key), as Django's
     * {@code get_next_by_<field>()}: among the default manager's rows matching {@code filters}, on this
     * instance's database. {@link DoesNotExist} when this is the last; the field must be a non-null
     * {@code DateField} / {@code DateTimeField}, and the instance saved.
     *
     * @param <T> the model
     * @param field the date or date-time field
     * @param filters further conditions on the rows considered
     * @return the next object
     * @throws dev.covet.orm.exception.DoesNotExist if this is the last
     */
    @SuppressWarnings("unchecked")
    public final <T extends Model> T getNextBy(String field, Q... filters) {
        return (T) Neighbours.of(this, field, true, filters);
    }

    /**
     * The previous object by {@code field}; see {@link #getNextBy(String, Q...)}.
     *
     * @param <T> the model
     * @param field the date or date-time field
     * @param filters further conditions on the rows considered
     * @return the previous object
     * @throws dev.covet.orm.exception.DoesNotExist if this is the first
     */
    @SuppressWarnings("unchecked")
    public final <T extends Model> T getPreviousBy(String field, Q... filters) {
        return (T) Neighbours.of(this, field, false, filters);
    }

    /**
     * The values of annotations ({@code annotate(...)}) this instance was loaded with.
     *
     * @return annotation name to value; empty when the instance was loaded without annotations
     */
    public final Map<String, Object> annotations() {
        Map<String, Object> annotations = Instances.annotations(this, false);
        return annotations == null ? Map.of() : java.util.Collections.unmodifiableMap(annotations);
    }

    /**
     * Field name to value for every column (a foreign key gives its key), or for {@code fields}.
     *
     * @param fields the fields to include; none for every column
     * @return field name to value
     */
    public final Map<String, Object> toDict(String... fields) {
        return Refresh.toDict(this, fields);
    }

    /**
     * Sets fields from loose input ({@code "50"}, {@code "yes"}, ISO dates); non-editable fields are skipped.
     *
     * @param data field name to value, converted to each field's type
     */
    public final void updateFromDict(Map<String, ?> data) {
        InstanceValues.assign(this, data, false);
    }

    /**
     * A new (unsaved) instance with fields set from loose input.
     *
     * @param <T> the model
     * @param type the model class
     * @param data field name to value, converted to each field's type
     * @return the new instance, unsaved
     */
    public static <T extends Model> T fromDict(Class<T> type, Map<String, ?> data) {
        T obj = ModelRegistry.info(type).newInstance();
        InstanceValues.assign(obj, data, false);
        Persister.postInit(obj);
        return obj;
    }

    // ---------------------------------------------------------------- async twins

    /**
     * As {@code save(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future that completes when the object is saved
     */
    public final CompletableFuture<Void> saveAsync() {
        return WriteDatabases.of(this, null).async(() -> {
            save();
            return null;
        });
    }

    /**
     * As {@code save(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param options as for {@link #save(SaveOptions)}
     * @return a future that completes when the object is saved
     */
    public final CompletableFuture<Void> saveAsync(SaveOptions options) {
        return WriteDatabases.of(this, options.database()).async(() -> {
            save(options);
            return null;
        });
    }

    /**
     * As {@code delete(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the rows removed, in total and per model
     */
    public final CompletableFuture<DeleteResult> deleteAsync() {
        return WriteDatabases.of(this, null).async(this::delete);
    }

    /**
     * As {@code refreshFromDb(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @param fields the fields to reload; none for every loaded field
     * @return a future that completes when the fields are reloaded
     */
    public final CompletableFuture<Void> refreshFromDbAsync(String... fields) {
        return WriteDatabases.of(this, null).async(() -> {
            refreshFromDb(fields);
            return null;
        });
    }

    // ---------------------------------------------------------------- identity

    /**
     * Equal when the same row of the same table: the same primary key and the same concrete model (a proxy
     * or single-table subclass counts as its base, as Django's {@code concrete_model}); unsaved instances
     * equal only themselves.
     */
    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Model other) || (o.getClass() != getClass() && concrete() != other.concrete())) {
            return false;
        }
        Object key = pk();
        return key != null && key.equals(other.pk());
    }

    /**
     * The primary key's hash; an unsaved instance hashes by identity (so do not keep one in a hash set
     * across its first save).
     */
    @Override
    public final int hashCode() {
        Object key = pk();
        return key == null ? System.identityHashCode(this) : Objects.hash(concrete().type(), key);
    }

    private ModelInfo<?> concrete() {
        return info().tableOwner();
    }

    /** {@code Book(id=1, title=Dune, author=3)}: the primary key and the first few fields. */
    @Override
    public String toString() {
        ModelInfo<?> info = info();
        Map<String, Object> shown = new LinkedHashMap<>();
        int n = 0;
        for (FieldInfo f : info.columns()) {
            if (Instances.deferred(this).contains(f.name())) {
                continue;
            }
            Object v = f.value(this);
            if (v instanceof Ref<?> r) {
                v = r.id();
            }
            if (v instanceof String s && s.length() > 40) {
                v = s.substring(0, 37) + "...";
            }
            if (v instanceof byte[] b) {
                v = b.length + " bytes";
            }
            shown.put(f.name(), v);
            if (++n == 6) {
                break;
            }
        }
        StringBuilder out = new StringBuilder(info.name()).append('(');
        shown.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ").append(k).append('=').append(v));
        if (info.columns().size() > n) {
            out.append(", ...");
        }
        return out.append(')').toString();
    }
}
