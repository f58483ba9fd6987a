package dev.covet.orm.relation;

import dev.covet.orm.internal.relation.RelationSide;
import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.WriteCompiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code add}, {@code remove}, {@code clear} and {@code set} on the reverse side of a foreign key: one
 * UPDATE of the related rows' key, and the same change on the instances in memory.
 */
final class ReverseKeys {
    private ReverseKeys() {
    }

    static void add(RelatedManager<?> m, Collection<? extends Model> objects) {
        RelationSide s = m.side();
        FieldInfo fk = s.field();
        Object ownerKey = s.ownerKey(m.owner());
        Database db = Covet.database(m.database());
        List<Object> saved = new ArrayList<>();
        db.atomic(() -> {
            for (Model o : objects) {
                check(fk, o);
                Ref<?> ref = (Ref<?>) fk.value(o);
                ref.setId(ownerKey);
                ref.cache(m.owner());
                if (o.pk() == null) {
                    o.save();
                } else {
                    saved.add(o.pk());
                }
            }
            update(db, fk, new Value(ownerKey, fk.storage()), null, saved, false);
        });
    }

    static void remove(RelatedManager<?> m, Collection<? extends Model> objects) {
        RelationSide s = m.side();
        FieldInfo fk = nullable(s);
        Object ownerKey = s.ownerKey(m.owner());
        Set<Object> pks = new LinkedHashSet<>();
        for (Model o : objects) {
            check(fk, o);
            if (!Objects.equals(((Ref<?>) fk.value(o)).id(), ownerKey)) {
                throw new IllegalArgumentException(o + " is not related to " + m.owner());
            }
            pks.add(o.pk());
        }
        if (pks.isEmpty()) {
            return;
        }
        Database db = Covet.database(m.database());
        update(db, fk, new Value(null, fk.storage()), ownerKey, pks, false);
        for (Model o : objects) {
            ((Ref<?>) fk.value(o)).setId(null);
        }
    }

    static void clear(RelatedManager<?> m) {
        RelationSide s = m.side();
        FieldInfo fk = nullable(s);
        Database db = Covet.database(m.database());
        update(db, fk, new Value(null, fk.storage()), s.ownerKey(m.owner()), null, false);
    }

    static void set(RelatedManager<?> m, Collection<? extends Model> objects) {
        RelationSide s = m.side();
        FieldInfo fk = nullable(s);
        Object ownerKey = s.ownerKey(m.owner());
        Database db = Covet.database(m.database());
        db.atomic(() -> {
            List<Object> keep = new ArrayList<>();
            for (Model o : objects) {
                if (o.pk() != null) {
                    keep.add(o.pk());
                }
            }
            update(db, fk, new Value(null, fk.storage()), ownerKey, keep, true);
            add(m, objects);
        });
    }

    private static void update(Database db, FieldInfo fk, Value value, Object ownerKey, Collection<Object> pks, boolean notIn) {
        ModelInfo<?> child = fk.model();
        Dialect d = db.dialect();
        Value key = ownerKey == null ? null : new Value(ownerKey, fk.storage());
        if (pks == null || (notIn && pks.isEmpty())) {
            if (key != null || pks != null) {
                db.update(WriteCompiler.repoint(child, fk.column(), value, fk.column(), key, null, false, d));
            }
            return;
        }
        if (pks.isEmpty()) {
            return;
        }
        List<Value> values = new ArrayList<>();
        for (Object pk : pks) {
            values.add(new Value(pk, child.pk().storage()));
        }
        db.update(WriteCompiler.repoint(child, fk.column(), value, fk.column(), key, values, notIn, d));
    }

    private static FieldInfo nullable(RelationSide s) {
        FieldInfo fk = s.field();
        if (!fk.isNullable()) {
            throw new IllegalStateException("remove(), clear() and set() need a nullable foreign key: " + fk
                    + " is not nullable, so its rows cannot be left without a " + fk.relation().target().name());
        }
        return fk;
    }

    private static void check(FieldInfo fk, Model o) {
        if (!fk.model().type().isInstance(o)) {
            throw new IllegalArgumentException("'" + o + "' is not a " + fk.model().name());
        }
    }
}
