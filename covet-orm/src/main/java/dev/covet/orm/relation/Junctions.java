package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.db.Database;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.internal.persist.Lifecycle;
import dev.covet.orm.internal.relation.RelationSide;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.WriteCompiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of many-to-many junction tables: adding (once per pair, with {@code throughDefaults} for a
 * {@code through} model), removing, clearing and setting, both ways for a symmetrical relation,
 * with {@code m2m_changed} around each change. Each change is one transaction.
 */
final class Junctions {
    private Junctions() {
    }

    /** The columns of a junction seen from one side. */
    private record View(RelationInfo.Junction junction, String ownerColumn, String otherColumn, FieldInfo ownerKey,
                        FieldInfo otherKey, boolean symmetrical, boolean reverse, Class<?> sender, Class<?> otherModel) {
    }

    private static View view(RelatedManager<?> m) {
        RelationSide s = m.side();
        RelationInfo r = s.field().relation();
        RelationInfo.Junction j = r.junction();
        boolean forward = s.kind() == RelationSide.Kind.FORWARD_M2M;
        ModelInfo<?> source = s.field().model();
        ModelInfo<?> target = r.target();
        Class<?> sender = j.isAutomatic() ? source.type() : j.model().type();
        return forward
                ? new View(j, j.sourceColumn(), j.targetColumn(), j.sourceField(source), j.targetField(target), r.isSymmetrical(), false,
                        sender, target.type())
                : new View(j, j.targetColumn(), j.sourceColumn(), j.targetField(target), j.sourceField(source), false, true,
                        sender, source.type());
    }

    static void add(RelatedManager<?> m, Collection<?> objects, Map<String, ?> throughDefaults) {
        View v = view(m);
        Set<Object> keys = keysOf(v, objects);
        if (keys.isEmpty()) {
            return;
        }
        Database db = Covet.database(m.database());
        Object owner = m.side().ownerKey(m.owner());
        if (v.junction.isAutomatic() && !v.symmetrical && !Lifecycle.current().hears(Lifecycle.Kind.M2M_CHANGED, v.sender)) {
            // nobody needs to know which pairs are new: one INSERT that skips the existing ones (Django's
            // bulk_create(ignore_conflicts=True) for an automatic junction without m2m_changed receivers)
            db.atomic(() -> insertPairs(db, v, owner, keys, false, true));
            return;
        }
        db.atomic(() -> {
            Set<Object> missing = new LinkedHashSet<>(keys);
            missing.removeAll(existing(db, v, v.ownerColumn, owner, v.otherColumn, keys));
            if (missing.isEmpty()) {
                return;
            }
            send(v, m, Lifecycle.M2mAction.PRE_ADD, missing, db);
            insert(db, v, owner, missing, false, throughDefaults);
            if (v.symmetrical) {
                Set<Object> back = new LinkedHashSet<>(missing);
                back.remove(owner);
                back.removeAll(existing(db, v, v.otherColumn, owner, v.ownerColumn, back));
                insert(db, v, owner, back, true, throughDefaults);
            }
            send(v, m, Lifecycle.M2mAction.POST_ADD, missing, db);
        });
    }

    static void remove(RelatedManager<?> m, Collection<?> objects) {
        View v = view(m);
        Set<Object> keys = keysOf(v, objects);
        if (!keys.isEmpty()) {
            removeKeys(m, v, keys);
        }
    }

    private static void removeKeys(RelatedManager<?> m, View v, Set<Object> keys) {
        Database db = Covet.database(m.database());
        Dialect d = db.dialect();
        Object owner = m.side().ownerKey(m.owner());
        db.atomic(() -> {
            send(v, m, Lifecycle.M2mAction.PRE_REMOVE, keys, db);
            for (List<Value> batch : batches(keys, v.otherKey, d)) {
                db.update(WriteCompiler.deletePairs(v.junction.table(), v.ownerColumn, new Value(owner, v.ownerKey.storage()),
                        v.otherColumn, batch, d));
                if (v.symmetrical) {
                    db.update(WriteCompiler.deletePairs(v.junction.table(), v.otherColumn, new Value(owner, v.ownerKey.storage()),
                            v.ownerColumn, batch, d));
                }
            }
            send(v, m, Lifecycle.M2mAction.POST_REMOVE, keys, db);
        });
    }

    static void clear(RelatedManager<?> m) {
        View v = view(m);
        Database db = Covet.database(m.database());
        Dialect d = db.dialect();
        Value owner = new Value(m.side().ownerKey(m.owner()), v.ownerKey.storage());
        db.atomic(() -> {
            send(v, m, Lifecycle.M2mAction.PRE_CLEAR, Set.of(), db);
            db.update(WriteCompiler.deletePairs(v.junction.table(), v.ownerColumn, owner, null, null, d));
            if (v.symmetrical) {
                db.update(WriteCompiler.deletePairs(v.junction.table(), v.otherColumn, owner, null, null, d));
            }
            send(v, m, Lifecycle.M2mAction.POST_CLEAR, Set.of(), db);
        });
    }

    static void set(RelatedManager<?> m, Collection<?> objects, Map<String, ?> throughDefaults) {
        View v = view(m);
        Set<Object> wanted = keysOf(v, objects);
        Database db = Covet.database(m.database());
        Object owner = m.side().ownerKey(m.owner());
        db.atomic(() -> {
            Set<Object> current = existing(db, v, v.ownerColumn, owner, v.otherColumn, null);
            Set<Object> gone = new LinkedHashSet<>(current);
            gone.removeAll(wanted);
            if (!gone.isEmpty()) {
                removeKeys(m, v, gone);
            }
            Set<Object> toAdd = new LinkedHashSet<>(wanted);
            toAdd.removeAll(current);
            add(m, toAdd, throughDefaults);
        });
    }

    /** The junction values of {@code objects}: instances give their key field's value, anything else is a key (Django's add(1, 2)). */
    private static Set<Object> keysOf(View v, Collection<?> objects) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Object item : objects) {
            if (item == null) {
                throw new IllegalArgumentException("Cannot relate null to " + v.otherKey.model().name() + "; give instances or keys");
            }
            if (!(item instanceof Model o)) {
                keys.add(FieldValues.toDb(v.otherKey, item));
                continue;
            }
            if (!v.otherKey.model().type().isInstance(o)) {
                throw new IllegalArgumentException("'" + o + "' is not a " + v.otherKey.model().name());
            }
            Object key = v.otherKey.dbValue(o);
            if (key == null) {
                throw ValidationError.of(v.otherKey.model().name(), "Cannot relate an unsaved " + v.otherKey.model().name()
                        + "; save it first");
            }
            keys.add(key);
        }
        return keys;
    }

    /** The {@code selectColumn} values of rows whose {@code keyColumn} is {@code key} (and whose other column is among {@code among}). */
    private static Set<Object> existing(Database db, View v, String keyColumn, Object key, String selectColumn, Set<Object> among) {
        Dialect d = db.dialect();
        FieldInfo selected = selectColumn.equals(v.otherColumn) ? v.otherKey : v.ownerKey;
        var codec = d.codec(selected.storage());
        Set<Object> out = new LinkedHashSet<>();
        Value k = new Value(key, v.ownerKey.storage());
        if (among == null) {
            out.addAll(db.query(WriteCompiler.selectColumn(v.junction.table(), selectColumn, keyColumn, k, null, null, d), rs -> codec.read(rs, 1)));
            return out;
        }
        if (among.isEmpty()) {
            return out;
        }
        for (List<Value> batch : batches(among, selected, d)) {
            out.addAll(db.query(WriteCompiler.selectColumn(v.junction.table(), selectColumn, keyColumn, k, selectColumn, batch, d),
                    rs -> codec.read(rs, 1)));
        }
        return out;
    }

    private static void insert(Database db, View v, Object owner, Set<Object> others, boolean flipped, Map<String, ?> throughDefaults) {
        if (others.isEmpty()) {
            return;
        }
        RelationInfo.Junction j = v.junction;
        if (!j.isAutomatic()) {
            // a through model: its rows may carry more than the two keys
            List<Model> rows = new ArrayList<>();
            FieldInfo ownerSide = v.reverse ? j.targetKey() : j.sourceKey();
            FieldInfo otherSide = v.reverse ? j.sourceKey() : j.targetKey();
            for (FieldInfo key : List.of(ownerSide, otherSide)) {
                if (throughDefaults.containsKey(key.name()) || throughDefaults.containsKey(key.attname())) {
                    throw new FieldError("throughDefaults cannot set " + j.model().name() + "." + key.name()
                            + ": it is one of the two keys the relation sets itself");
                }
            }
            for (Object other : others) {
                Model row = (Model) j.model().newInstance();
                ((Ref<?>) (flipped ? otherSide : ownerSide).value(row)).setId(owner);
                ((Ref<?>) (flipped ? ownerSide : otherSide).value(row)).setId(other);
                if (!throughDefaults.isEmpty()) {
                    row.updateFromDict(throughDefaults);
                }
                rows.add(row);
            }
            bulkCreate(j.model(), rows, db);
            return;
        }
        insertPairs(db, v, owner, others, flipped, false);
    }

    /** Junction rows of an automatic table, in as few statements as the parameter limit allows. */
    private static void insertPairs(Database db, View v, Object owner, Collection<Object> others, boolean flipped, boolean ignoreDuplicates) {
        Dialect d = db.dialect();
        String table = v.junction.table();
        String first = flipped ? v.otherColumn : v.ownerColumn;
        String second = flipped ? v.ownerColumn : v.otherColumn;
        List<Value[]> pairs = new ArrayList<>();
        int perStatement = d.features().rowsPerStatement(2, 0, 0);
        for (Object other : others) {
            pairs.add(new Value[]{new Value(owner, v.ownerKey.storage()), new Value(other, v.otherKey.storage())});
            if (pairs.size() == perStatement) {
                db.update(WriteCompiler.insertPairs(table, first, second, pairs, ignoreDuplicates, d));
                pairs = new ArrayList<>();
            }
        }
        if (!pairs.isEmpty()) {
            db.update(WriteCompiler.insertPairs(table, first, second, pairs, ignoreDuplicates, d));
        }
    }

    @SuppressWarnings("unchecked")
    private static void bulkCreate(ModelInfo<?> through, List<Model> rows, Database db) {
        QuerySet.of((Class<Model>) through.type()).using(db.alias()).bulkCreate(rows);
    }

    static List<List<Value>> batches(Collection<Object> keys, FieldInfo field, Dialect d) {
        int per = d.features().rowsPerStatement(1, 2, 0);
        List<List<Value>> out = new ArrayList<>();
        List<Value> batch = new ArrayList<>();
        for (Object k : keys) {
            batch.add(new Value(k, field.storage()));
            if (batch.size() == per) {
                out.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            out.add(batch);
        }
        return out;
    }

    private static void send(View v, RelatedManager<?> m, Lifecycle.M2mAction action, Set<Object> keys, Database db) {
        Lifecycle lifecycle = Lifecycle.current();
        if (lifecycle.hears(Lifecycle.Kind.M2M_CHANGED, v.sender)) {
            lifecycle.m2mChanged(v.sender, m.owner(), action, v.reverse, v.otherModel, Set.copyOf(keys), db.alias());
        }
    }
}
