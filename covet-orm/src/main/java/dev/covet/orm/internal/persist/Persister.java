package dev.covet.orm.internal.persist;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.GetOrCreate;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.db.RetryPolicy;
import dev.covet.orm.SaveOptions;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.db.Database;
import dev.covet.orm.internal.Instances;
import dev.covet.orm.internal.QuerySets;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValidation;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.relation.GenericRef;
import dev.covet.orm.relation.Ref;
import dev.covet.orm.routing.Hints;
import dev.covet.orm.routing.Routers;
import dev.covet.orm.signal.InitEvent;
import dev.covet.orm.signal.SaveEvent;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.WriteCompiler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What model instances do with the database: save, refresh, validate, convert to and from maps.
 * Stateless; safe to call from any thread (an instance itself is not shared while saved).
 */
public final class Persister {
    private Persister() {
    }

    /**
     * The value an {@code autoNow} or {@code autoNowAdd} field of storage {@code f} takes at this moment,
     * in UTC, to the microsecond (what the databases keep).
     *
     * @param f the field
     * @return today's date, the time of day, or the instant
     */
    public static Object now(FieldInfo f) {
        return switch (f.storage()) {
            case DATE -> LocalDate.now(ZoneOffset.UTC);
            case TIME -> LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            default -> Instant.now().truncatedTo(ChronoUnit.MICROS);
        };
    }

    /**
     * The database {@code m} is written to: {@code explicit} when given, else {@link #writeAlias}'s.
     *
     * @param m the instance
     * @param explicit a database alias, or null
     * @return the database
     */
    public static Database databaseOf(Model m, String explicit) {
        return Covet.database(explicit != null ? explicit : writeAlias(m));
    }

    /**
     * Where {@code m} is written (saved, deleted): the routers' choice, else the database it came from, else default.
     *
     * @param m the instance
     * @return the database's alias; null for the default
     */
    public static String writeAlias(Model m) {
        Routers routers = Covet.routers();
        if (routers.isEmpty()) {
            return Instances.database(m);
        }
        return routers.forWrite(ModelRegistry.infoOf(m), Hints.instance(m));
    }

    // ---------------------------------------------------------------- save

    /**
     * Sends {@code post_init} for a new instance, when it has receivers.
     *
     * @param m the instance, its fields set
     */
    public static void postInit(Model m) {
        if (Signals.POST_INIT.hasListeners(m.getClass())) {
            Signals.POST_INIT.send(m.getClass(), new InitEvent(m.getClass(), m));
        }
    }

    /**
     * Saves: {@code pre_save} (which may still change the instance), defaults and validation, the write,
     * then {@code post_save}. With {@code post_save} receivers the write and the receivers share one
     * transaction, so a receiver that throws undoes the write.
     *
     * @param m the instance
     * @param o how to save
     */
    public static void save(Model m, SaveOptions o) {
        Class<?> type = m.getClass();
        Database db = databaseOf(m, o.database());
        if (Signals.PRE_SAVE.hasListeners(type)) {
            Signals.PRE_SAVE.send(type, new SaveEvent(type, m, false, o.updateFieldNames(), db.alias()));
        }
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        boolean severalTables = info.tableChain().size() > 1;
        if (!Signals.POST_SAVE.hasListeners(type) && !severalTables) {
            write(m, o, db);
            return;
        }
        // a multi-table child's rows go in together or not at all (as Django saves one)
        FieldInfo pk = info.tableChain().getFirst().pk();   // the root's key, which the first INSERT makes
        Object keyBefore = pk.value(m);
        try {
            db.atomic(() -> {
                boolean created = write(m, o, db);
                if (Signals.POST_SAVE.hasListeners(type)) {
                    Signals.POST_SAVE.send(type, new SaveEvent(type, m, created, o.updateFieldNames(), db.alias()));
                }
            });
        } catch (RuntimeException e) {
            if (keyBefore == null && pk.isAutoIncrement()) {
                pk.setValue(m, null);   // the key the rolled-back parent row was given names nothing now
            }
            throw e;
        }
    }

    /** The write of {@link #save}; true when the row was inserted. */
    private static boolean write(Model m, SaveOptions o, Database db) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        boolean adding = Instances.isAdding(m);
        for (FieldInfo f : info.columns()) {
            if (f.relation() != null && f.value(m) instanceof Ref<?> ref && ref.hasUnsavedTarget()) {
                throw ValidationError.of(f.name(), "save() prohibited to prevent data loss due to unsaved related object '" + f.name() + "'.");
            }
            if (f.isAutoNow() || (f.isAutoNowAdd() && adding)) {
                f.setValue(m, f.converter().fromDb(now(f)));
            }
            if (f.isAutoGenerate() && f.value(m) == null) {
                f.setValue(m, UUID.randomUUID());
            }
        }
        if (o.validates()) {
            fullClean(m, o.updateFieldNames() == null ? List.of() : notIn(info, o.updateFieldNames()), false);
        }
        boolean pkSet = info.pk().dbValue(m) != null;
        boolean forced = o.isForceUpdate() || o.updateFieldNames() != null;
        if (forced && !pkSet) {
            throw new DatabaseError("Cannot force an update in save() with no primary key.");
        }
        Map<String, Expression> pending = Instances.pendingExpressions(m);
        if (pending != null && (adding || !pkSet || o.isForceInsert())) {
            // Django: "F() expressions can only be used to update, not to insert."
            throw ValidationError.of(pending.keySet().iterator().next(), "Failed to insert expression "
                    + pending.values().iterator().next() + " on " + info.name() + ". F() expressions can only be used to update, not to insert.");
        }
        List<FieldInfo> changed = fieldsToUpdate(m, info, o.updateFieldNames());
        if (pending != null) {
            changed.removeIf(f -> pending.containsKey(f.name()));
        }
        boolean inserted = false;
        // a multi-table child spans a table per level: each is saved in turn, parents first (they make the key)
        for (ModelInfo<?> table : info.tableChain()) {
            inserted = saveTable(m, table, changed, o, db, pkSet && !inserted, adding, forced);
        }
        if (pending != null) {
            applyExpressions(m, info, pending, db);
        }
        Instances.loaded(m, db.alias());
        return inserted;
    }

    /** The expressions of {@link Model#setExpression}: an UPDATE per table that holds their fields, then those fields read back. */
    private static void applyExpressions(Model m, ModelInfo<?> info, Map<String, Expression> pending, Database db) {
        for (ModelInfo<?> table : info.tableChain()) {
            Query q = new Query(table);
            q.addFilter(Q.of("pk", info.pk().dbValue(m)));
            Map<FieldInfo, Expression> assignments = new LinkedHashMap<>();
            pending.forEach((name, e) -> {
                FieldInfo f = info.field(name);
                if (table.holdsColumn(f)) {
                    assignments.put(table.field(name), e.resolve(q));
                }
            });
            if (!assignments.isEmpty()) {
                Sql sql = WriteCompiler.update(q, assignments, db.dialect());
                if (sql != null) {
                    db.update(sql);
                }
            }
        }
        Instances.clearPendingExpressions(m);
        refresh(m, pending.keySet().toArray(String[]::new));
    }

    /** Updates, or failing that inserts, the row of one table; true when it inserted. */
    private static boolean saveTable(Model m, ModelInfo<?> table, List<FieldInfo> changed, SaveOptions o, Database db,
                                     boolean mayExist, boolean adding, boolean forced) {
        FieldInfo pk = table.pk();
        boolean updated = false;
        if (!o.isForceInsert() && mayExist && !(adding && table.pkHasDefault() && !forced)) {
            List<FieldInfo> fields = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            for (FieldInfo f : changed) {
                if (table.holdsColumn(f)) {
                    fields.add(f);
                    values.add(Value.of(f, f.dbValue(m)));
                }
            }
            if (fields.isEmpty()) {
                updated = !adding || o.updateFieldNames() != null;
            } else {
                updated = db.update(WriteCompiler.updateRow(table, fields, values, new Value(pk.dbValue(m), pk.storage()), db.dialect())) > 0;
            }
            if (!updated && forced) {
                throw new DatabaseError(o.isForceUpdate() ? "Forced update did not affect any rows."
                        : "Save with updateFields did not affect any rows.");
            }
        }
        if (!updated) {
            insert(m, table, db);
        }
        return !updated;
    }

    private static List<String> notIn(ModelInfo<?> info, List<String> keep) {
        List<String> out = new ArrayList<>();
        for (FieldInfo f : info.fields()) {
            if (!keep.contains(f.name()) && !keep.contains(f.attname())) {
                out.add(f.name());
            }
        }
        return out;
    }

    private static List<FieldInfo> fieldsToUpdate(Model m, ModelInfo<?> info, List<String> names) {
        List<FieldInfo> out = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                FieldInfo f = info.findField(name);
                if (f == null || !f.hasColumn() || f.isPrimaryKey()) {
                    throw new FieldError("The following fields do not exist in " + info.name()
                            + ", or are many-to-many or primary key fields: " + name);
                }
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
            return out;
        }
        Set<String> deferred = Instances.deferred(m);
        for (FieldInfo f : info.columns()) {
            if (!f.isPrimaryKey() && !deferred.contains(f.name())) {
                out.add(f);
            }
        }
        return out;
    }

    private static void insert(Model m, ModelInfo<?> info, Database db) {
        Dialect d = db.dialect();
        FieldInfo pk = info.pk();
        boolean generated = pk.isAutoIncrement() && pk.dbValue(m) == null;
        List<FieldInfo> fields = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        List<FieldInfo> filledByDatabase = new ArrayList<>();
        for (FieldInfo f : info.columns()) {
            if ((f == pk && generated) || !info.holdsColumn(f)) {
                continue;
            }
            Object value = f.dbValue(m);
            if (value == null && f.dbDefault() != null) {
                filledByDatabase.add(f);   // left out: the database's default fills it
                continue;
            }
            fields.add(f);
            values.add(Value.of(f, value));
        }
        if (!filledByDatabase.isEmpty()) {
            DatabaseDefaults.insert(m, info, db, fields, values, generated ? pk : null, filledByDatabase);
            return;
        }
        boolean returning = generated && d.features().supportsReturning();
        Sql sql = WriteCompiler.insert(info, fields, List.of(values), returning ? pk : null, d);
        if (generated) {
            List<Object> keys = db.insert(sql, d.codec(pk.storage()), returning);
            if (keys.isEmpty()) {
                throw new DatabaseError("The database returned no key for the new " + info.name());
            }
            pk.setDbValue(m, keys.getFirst());
        } else {
            db.update(sql);
        }
    }

    // ---------------------------------------------------------------- values in and out

    /**
     * Sets fields from loose input, collecting every conversion error into one ValidationError.
     *
     * @param m the instance
     * @param values field name (or key or generic relation name) to value
     * @param nonEditableToo whether fields marked not editable are set as well
     */
    public static void assign(Model m, Map<String, ?> values, boolean nonEditableToo) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            String key = e.getKey();
            FieldInfo f = info.findField(key);
            if (f == null && info.findGenericForeignKey(key) != null) {
                setGeneric(m, info.findGenericForeignKey(key), e.getValue());
                continue;
            }
            if (f == null) {
                throw FieldError.unknown(key, info.name(), info.fields().stream().map(FieldInfo::name).toList());
            }
            if (f.relation() != null && f.relation().isManyToMany()) {
                throw new FieldError("Direct assignment to the many-to-many field " + f + " is prohibited; use "
                        + f.name() + ".set(...) instead");
            }
            if (!f.isEditable() && !nonEditableToo) {
                continue;
            }
            try {
                setFromInput(m, f, key, e.getValue());
            } catch (ValidationError v) {
                v.errors().forEach((field, messages) -> errors.computeIfAbsent(field, k -> new ArrayList<>()).addAll(messages));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    private static void setFromInput(Model m, FieldInfo f, String key, Object input) {
        if (f.relation() != null) {
            Ref<?> ref = (Ref<?>) f.value(m);
            if (input == null) {
                ref.clear();
            } else if (input instanceof Model target && !key.equals(f.attname())) {
                if (!f.relation().target().type().isInstance(target)) {
                    throw ValidationError.of(f.name(), "'" + target + "' is not a " + f.relation().target().name() + ".");
                }
                setRef(ref, target);
            } else {
                ref.setId(FieldValues.toDb(f, input));
            }
            return;
        }
        Object value = FieldValues.toJava(f, input);
        if (value == null && f.javaType().isPrimitive()) {
            throw ValidationError.of(f.name(), "This field cannot be null.");
        }
        f.setValue(m, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setRef(Ref ref, Model target) {
        ref.set(target);
    }

    /** {@code create(Map.of("contentObject", post))}: a generic key is assigned its target object. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setGeneric(Model m, GenericForeignKeyInfo key, Object input) {
        if (input != null && !(input instanceof Model)) {
            throw ValidationError.of(key.name(), "'" + input + "' is not a model instance; " + key + " points at objects");
        }
        ((GenericRef) key.value(m)).set((Model) input);
    }

    /**
     * The values of the named column fields of {@code m} (all when none), a relation as its key.
     *
     * @param m the instance
     * @param names field names, or none for every column
     * @return the values by field name, in order
     */
    public static Map<String, Object> toDict(Model m, String... names) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        List<FieldInfo> fields = new ArrayList<>();
        if (names.length == 0) {
            fields.addAll(info.columns());
        } else {
            for (String n : names) {
                FieldInfo f = info.findField(n);
                if (f == null || !f.hasColumn()) {
                    throw FieldError.unknown(n, info.name(), info.columns().stream().map(FieldInfo::name).toList());
                }
                fields.add(f);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldInfo f : fields) {
            loadIfDeferred(m, f);
            Object v = f.value(m);
            out.put(f.name(), v instanceof Ref<?> r ? r.id() : v);
        }
        return out;
    }

    // ---------------------------------------------------------------- refresh and deferred fields

    /**
     * Reloads the named fields of {@code m} (all loaded ones when none) from its row.
     *
     * @param m a saved instance
     * @param names field names, or none
     */
    public static void refresh(Model m, String... names) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        Object key = info.pk().dbValue(m);
        if (key == null) {
            throw new IllegalStateException("Cannot refresh an unsaved " + info.name() + " (it has no primary key)");
        }
        List<FieldInfo> fields = new ArrayList<>();
        Set<String> deferred = Instances.deferred(m);
        if (names.length == 0) {
            for (FieldInfo f : info.columns()) {
                if (!deferred.contains(f.name())) {
                    fields.add(f);
                }
            }
        } else {
            for (String n : names) {
                FieldInfo f = info.findField(n);
                if (f == null || !f.hasColumn()) {
                    throw FieldError.unknown(n, info.name(), info.columns().stream().map(FieldInfo::name).toList());
                }
                fields.add(f);
            }
        }
        QuerySet<? extends Model> qs = QuerySet.of(info.type().asSubclass(Model.class));
        String alias = Instances.database(m);
        if (alias != null) {
            qs = qs.using(alias);
        }
        qs = qs.only(fields.stream().map(FieldInfo::name).toArray(String[]::new));
        Model fresh = qs.get("pk", key);
        for (FieldInfo f : fields) {
            Object v = f.value(fresh);
            if (v instanceof Ref<?> r) {
                ((Ref<?>) f.value(m)).setId(r.id());
            } else {
                f.setValue(m, v);
            }
        }
        if (!deferred.isEmpty()) {
            Set<String> still = new LinkedHashSet<>(deferred);
            fields.forEach(f -> still.remove(f.name()));
            Instances.setDeferred(m, Set.copyOf(still));
        }
        Instances.loaded(m, Instances.database(m) == null ? Config.DEFAULT : Instances.database(m));
    }

    /**
     * Loads {@code f} of {@code m} from the database if it was deferred.
     *
     * @param m the instance
     * @param f the field
     */
    public static void loadIfDeferred(Model m, FieldInfo f) {
        if (Instances.deferred(m).contains(f.name())) {
            refresh(m, f.name());
        }
    }

    // ---------------------------------------------------------------- validation

    /**
     * Validates {@code m}: each field, then {@link Model#clean}, then uniqueness when asked; every error in one ValidationError.
     *
     * @param m the instance
     * @param exclude fields not to validate
     * @param validateUnique whether to check unique fields against the database
     */
    public static void fullClean(Model m, Collection<String> exclude, boolean validateUnique) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Set<String> deferred = Instances.deferred(m);
        for (FieldInfo f : info.fields()) {
            if (exclude.contains(f.name()) || deferred.contains(f.name())) {
                continue;
            }
            List<String> messages = new ArrayList<>();
            FieldValidation.validate(f, m, messages);
            if (!messages.isEmpty()) {
                errors.put(f.name(), messages);
            }
        }
        try {
            m.clean();
        } catch (ValidationError e) {
            e.errors().forEach((field, messages) -> errors.computeIfAbsent(field, k -> new ArrayList<>()).addAll(messages));
        }
        if (validateUnique) {
            uniqueErrors(m, info, exclude, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    private static void uniqueErrors(Model m, ModelInfo<?> info, Collection<String> exclude, Map<String, List<String>> errors) {
        boolean adding = Instances.isAdding(m);
        Object key = info.pk().dbValue(m);
        for (FieldInfo f : info.columns()) {
            if (!f.isUnique() || exclude.contains(f.name()) || errors.containsKey(f.name()) || (f.isPrimaryKey() && !adding)) {
                continue;
            }
            Object v = f.dbValue(m);
            if (v != null && taken(m, info, Map.of(f.name(), v), adding ? null : key)) {
                errors.computeIfAbsent(f.name(), k -> new ArrayList<>())
                        .add(capitalize(info.verboseName()) + " with this " + capitalize(f.verboseName()) + " already exists.");
            }
        }
        for (List<FieldInfo> group : info.uniqueTogether()) {
            Map<String, Object> lookup = new LinkedHashMap<>();
            boolean skip = false;
            for (FieldInfo f : group) {
                Object v = f.dbValue(m);
                if (v == null || exclude.contains(f.name()) || errors.containsKey(f.name())) {
                    skip = true;
                    break;
                }
                lookup.put(f.attname(), v);
            }
            if (!skip && taken(m, info, lookup, adding ? null : key)) {
                List<String> labels = group.stream().map(f -> capitalize(f.verboseName())).toList();
                errors.computeIfAbsent(ValidationError.NON_FIELD_ERRORS, k -> new ArrayList<>())
                        .add(capitalize(info.verboseName()) + " with this " + String.join(" and ", labels) + " already exists.");
            }
        }
    }

    private static boolean taken(Model m, ModelInfo<?> info, Map<String, Object> lookup, Object exceptKey) {
        QuerySet<? extends Model> qs = QuerySet.of(info.type().asSubclass(Model.class)).filter(lookup);
        String alias = Instances.database(m);
        if (alias != null) {
            qs = qs.using(alias);
        }
        if (exceptKey != null) {
            qs = qs.exclude("pk", exceptKey);
        }
        return qs.exists();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    // ---------------------------------------------------------------- get or create

    /**
     * {@code getOrCreate}: the row {@code lookup} finds, else one created from its exact conditions and {@code defaults};
     * a racing insert of the same key returns the winner's row.
     *
     * @param <T> the model
     * @param qs the QuerySet to look in
     * @param lookup plain AND-ed conditions
     * @param defaults further field values for a new row
     * @return the object and whether it was created
     */
    public static <T extends Model> GetOrCreate<T> getOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults) {
        // InnoDB may pick one of two racing inserts of a key as a deadlock victim and roll its whole
        // transaction back; with no enclosing transaction lost, trying again finds or waits for the winner's row
        if (qs.database().inTransaction()) {
            return findOrCreate(qs, lookup, defaults);
        }
        return RetryPolicy.DEFAULT.call(() -> findOrCreate(qs, lookup, defaults));
    }

    private static <T extends Model> GetOrCreate<T> findOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults) {
        try {
            return new GetOrCreate<>(qs.get(lookup), false);
        } catch (DoesNotExist missing) {
            // fall through and create it
        }
        Map<String, Object> params = createParams(QuerySets.info(qs), lookup);
        params.putAll(defaults);
        Database db = qs.database();
        try {
            T created = db.atomic(() -> qs.create(params));
            return new GetOrCreate<>(created, true);
        } catch (IntegrityError e) {
            // another caller inserted the same key between our get and create: return theirs. Inside a
            // transaction a plain read may not see it (InnoDB's REPEATABLE READ reads the snapshot of the
            // transaction's first read); a locking read sees the latest committed row. A share lock, since
            // racing losers already hold one from their failed insert and two exclusive requests would deadlock.
            boolean locking = db.inTransaction() && db.dialect().features().supportsSelectForUpdate();
            try {
                return new GetOrCreate<>((locking ? QuerySets.lockedForShare(qs) : qs).get(lookup), false);
            } catch (DoesNotExist stillMissing) {
                throw e;
            }
        }
    }

    /**
     * {@code updateOrCreate}: the row {@code lookup} finds, updated with {@code defaults}, else one created with them.
     *
     * @param <T> the model
     * @param qs the QuerySet to look in
     * @param lookup plain AND-ed conditions
     * @param defaults field values to set
     * @return the object and whether it was created
     */
    public static <T extends Model> GetOrCreate<T> updateOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults) {
        return updateOrCreate(qs, lookup, defaults, defaults);
    }

    /**
     * As Django 5.0: {@code createDefaults} fill a new row, {@code defaults} update a found one.
     *
     * @param <T> the model
     * @param qs the QuerySet to look in
     * @param lookup plain AND-ed conditions
     * @param defaults field values to set on a found row
     * @param createDefaults field values for a new row
     * @return the object and whether it was created
     */
    public static <T extends Model> GetOrCreate<T> updateOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        Database db = qs.database();
        return db.atomic(() -> {
            QuerySet<T> locking = db.dialect().features().supportsSelectForUpdate() ? qs.selectForUpdate() : qs;
            GetOrCreate<T> found = getOrCreate(locking, lookup, createDefaults);
            if (found.created()) {
                return found;
            }
            T obj = found.object();
            assign(obj, defaults, true);
            obj.save(SaveOptions.DEFAULT.withDatabase(db.alias()));
            return new GetOrCreate<>(obj, false);
        });
    }

    /** The exact conditions of {@code lookup} as field values for a new row (lookups with {@code __} are left out, as in Django). */
    private static Map<String, Object> createParams(ModelInfo<?> info, Q lookup) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (lookup.isNegated() || (lookup.isOr() && lookup.children().size() > 1)) {
            throw new FieldError("getOrCreate() needs plain AND-ed conditions to create from, not " + lookup);
        }
        for (Object child : lookup.children()) {
            if (child instanceof Q q) {
                out.putAll(createParams(info, q));
                continue;
            }
            Q.Condition c = (Q.Condition) child;
            String name = c.lookup().endsWith("__exact") ? c.lookup().substring(0, c.lookup().length() - 7) : c.lookup();
            if (!name.contains("__")) {
                out.put(name.equals("pk") ? info.pk().name() : name, c.value());
            }
        }
        return out;
    }
}
