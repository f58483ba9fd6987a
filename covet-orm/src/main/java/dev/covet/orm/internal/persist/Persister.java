package dev.covet.orm.internal.persist;

import dev.covet.orm.db.Database;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationValues;
import dev.covet.orm.meta.Where;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.WriteCompiler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Saves model instances: signals (through {@link Lifecycle}), automatic values, validation ({@link Validation}),
 * then the UPDATE or INSERT of each table's row (parents first), and the fields assigned expressions read back.
 * The face picks the database and passes it in.
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
     * How to save, as {@code SaveOptions} says.
     *
     * @param forceInsert      insert, failing if the row exists
     * @param forceUpdate      update, failing if no row was changed
     * @param updateFieldNames the fields to write, or null for all
     * @param validates        whether to validate first (without unique checks)
     */
    public record Options(boolean forceInsert, boolean forceUpdate, List<String> updateFieldNames, boolean validates) {
    }

    // ---------------------------------------------------------------- save

    /**
     * Sends {@code post_init} for a new instance, when it has receivers.
     *
     * @param m the instance, its fields set
     */
    public static void postInit(Entity m) {
        Lifecycle lifecycle = Lifecycle.current();
        if (lifecycle.hears(Lifecycle.Kind.POST_INIT, m.getClass())) {
            lifecycle.init(Lifecycle.Kind.POST_INIT, m);
        }
    }

    /**
     * Saves: {@code pre_save} (which may still change the instance), defaults and validation, the write,
     * then {@code post_save}. With {@code post_save} receivers the write and the receivers share one
     * transaction, so a receiver that throws undoes the write.
     *
     * @param m the instance
     * @param o how to save
     * @param db the database it is written to
     */
    public static void save(Entity m, Options o, Database db) {
        Class<?> type = m.getClass();
        Lifecycle lifecycle = Lifecycle.current();
        if (lifecycle.hears(Lifecycle.Kind.PRE_SAVE, type)) {
            lifecycle.save(Lifecycle.Kind.PRE_SAVE, m, false, o.updateFieldNames(), db.alias());
        }
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        boolean severalTables = info.tableChain().size() > 1;
        if (!lifecycle.hears(Lifecycle.Kind.POST_SAVE, type) && !severalTables) {
            write(m, o, db);
            return;
        }
        // a multi-table child's rows go in together or not at all (as Django saves one)
        FieldInfo pk = info.tableChain().getFirst().pk();   // the root's key, which the first INSERT makes
        Object keyBefore = pk.value(m);
        try {
            db.atomic(() -> {
                boolean created = write(m, o, db);
                // asked again: a receiver connected during the write (the signal package loading then) hears it
                Lifecycle now = Lifecycle.current();
                if (now.hears(Lifecycle.Kind.POST_SAVE, type)) {
                    now.save(Lifecycle.Kind.POST_SAVE, m, created, o.updateFieldNames(), db.alias());
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
    private static boolean write(Entity m, Options o, Database db) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        boolean adding = Instances.isAdding(m);
        for (FieldInfo f : info.columns()) {
            if (f.relation() != null && f.value(m) instanceof RelationValues.Key ref && ref.hasUnsavedTarget()) {
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
            Validation.clean(m, o.updateFieldNames() == null ? List.of() : notIn(info, o.updateFieldNames()));
        }
        boolean pkSet = info.pk().dbValue(m) != null;
        boolean forced = o.forceUpdate() || o.updateFieldNames() != null;
        if (forced && !pkSet) {
            throw new DatabaseError("Cannot force an update in save() with no primary key.");
        }
        Map<String, Expression> pending = Instances.pendingExpressions(m, false);
        if (pending != null && (adding || !pkSet || o.forceInsert())) {
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

    /** The expressions of {@code Model.setExpression}: an UPDATE per table that holds their fields, then those fields read back. */
    private static void applyExpressions(Entity m, ModelInfo<?> info, Map<String, Expression> pending, Database db) {
        for (ModelInfo<?> table : info.tableChain()) {
            Query q = new Query(table);
            q.addFilter(Where.of("pk", info.pk().dbValue(m)));
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
        readBack(m, info, List.copyOf(pending.keySet()), db);
    }

    /**
     * Reads {@code names} of {@code m} back from its row, as the expressions that were assigned to them left them
     * ({@code setExpression} takes no relation field, so each is a plain value).
     */
    private static void readBack(Entity m, ModelInfo<?> info, List<String> names, Database db) {
        List<Map<String, Object>> rows = Rows.maps(db, info, names, Where.of("pk", info.pk().dbValue(m)));
        if (rows.isEmpty()) {
            throw new DoesNotExist(info.type(), "pk=" + info.pk().dbValue(m));
        }
        for (String name : names) {
            info.field(name).setValue(m, rows.getFirst().get(name));
        }
        Set<String> deferred = Instances.deferred(m);
        if (!deferred.isEmpty()) {
            Set<String> still = new LinkedHashSet<>(deferred);
            names.forEach(still::remove);
            Instances.setDeferred(m, Set.copyOf(still));
        }
    }

    /** Updates, or failing that inserts, the row of one table; true when it inserted. */
    private static boolean saveTable(Entity m, ModelInfo<?> table, List<FieldInfo> changed, Options o, Database db,
                                     boolean mayExist, boolean adding, boolean forced) {
        FieldInfo pk = table.pk();
        boolean updated = false;
        if (!o.forceInsert() && mayExist && !(adding && table.pkHasDefault() && !forced)) {
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
                throw new DatabaseError(o.forceUpdate() ? "Forced update did not affect any rows."
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

    private static List<FieldInfo> fieldsToUpdate(Entity m, ModelInfo<?> info, List<String> names) {
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

    private static void insert(Entity m, ModelInfo<?> info, Database db) {
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
}
