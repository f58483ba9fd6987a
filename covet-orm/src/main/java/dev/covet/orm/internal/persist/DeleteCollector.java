package dev.covet.orm.internal.persist;

import dev.covet.orm.db.Database;
import dev.covet.orm.exception.ProtectedError;
import dev.covet.orm.exception.RestrictedError;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.GenericRelationInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.meta.RelationValues;
import dev.covet.orm.meta.Where;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.WriteCompiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Carries out a delete with its {@code on_delete} consequences, as Django's Collector does: gathers the
 * rows to delete level by level (one query per relation and level, never one per row), refuses for
 * {@code PROTECT} and unexcused {@code RESTRICT} rows, re-points {@code SET_NULL} / {@code SET_DEFAULT} /
 * {@code SET} keys, removes junction rows, then deletes rows before the rows they point at inside one
 * transaction, sending {@code pre_delete} and {@code post_delete} per object. The objects of a
 * {@code @GenericRelation} are gathered as if by {@code CASCADE}; generic keys to a model without one are
 * left pointing at the deleted row, as in Django. A multi-table child's rows take their parent rows along,
 * and a parent's delete reaches its children through their parent link. Rows already gathered are not
 * gathered again, so cycles end. {@code Model.delete} and {@code QuerySet.delete} reach it through
 * {@code internal.query.Deletion}, which hands it the database, the rows to start from and what it can
 * {@linkplain Reach reach}; it reads the rows it reaches itself ({@link Rows}).
 */
public final class DeleteCollector {
    private final Database db;
    private final Dialect dialect;
    private final Reach reach;
    /** Per model, the keys to delete and (when signals need them) the instances. */
    private final Map<ModelInfo<?>, Map<Object, Entity>> collected = new LinkedHashMap<>();
    /** Every batch in the order gathered; deleted in reverse. */
    private final List<Batch> batches = new ArrayList<>();
    private final List<KeyUpdate> updates = new ArrayList<>();
    private final List<JunctionDelete> junctions = new ArrayList<>();
    private final List<Entity> protectedRows = new ArrayList<>();
    private final Set<String> protectedVia = new LinkedHashSet<>();
    private final Map<FieldInfo, Set<Object>> restricted = new LinkedHashMap<>();

    private record Batch(ModelInfo<?> model, List<Object> keys) {
    }

    private record KeyUpdate(FieldInfo field, Object value, List<Object> keys) {
    }

    private record JunctionDelete(String table, String column, FieldInfo keyField, List<Object> keys, String label) {
    }

    /**
     * What a delete can reach beyond the rows it is given, which the face knows.
     *
     * @param models the models a delete can reach: the current runtime's (those it registered and those they point
     *               at), never another runtime's; every registered model when there is no runtime
     * @param contentTypeId the key of a model's content type in the database deleted from, or null when it has none
     *                      (the objects of a {@code @GenericRelation} are found through it)
     */
    public record Reach(Collection<ModelInfo<?>> models, Function<ModelInfo<?>, Object> contentTypeId) {
    }

    /**
     * The rows a {@code QuerySet.delete} starts from, read by the face, which knows the QuerySet.
     */
    @FunctionalInterface
    public interface Start {
        /**
         * The rows to delete, by primary key.
         *
         * @param instances whether the instances are needed (receivers will get them); else the values may be null
         * @return the rows, by primary key
         */
        Map<Object, ? extends Entity> rows(boolean instances);
    }

    private DeleteCollector(Database db, Reach reach) {
        this.db = db;
        this.dialect = db.dialect();
        this.reach = reach;
    }

    /**
     * Deletes {@code objects} (all of one model or not) and what cascades from them.
     *
     * @param objects the saved instances to delete
     * @param db the database to delete from
     * @param reach what the delete can reach
     * @return the number of rows deleted, per model, in the order deleted
     */
    public static Map<String, Long> delete(List<? extends Entity> objects, Database db, Reach reach) {
        DeleteCollector c = new DeleteCollector(db, reach);
        Map<ModelInfo<?>, Map<Object, Entity>> byModel = new LinkedHashMap<>();
        for (Entity m : objects) {
            ModelInfo<?> info = ModelRegistry.infoOf(m);
            Object key = info.pk().dbValue(m);
            if (key == null) {
                throw new IllegalStateException(info.name() + " object can't be deleted because its " + info.pk().name()
                        + " attribute is set to null.");
            }
            byModel.computeIfAbsent(info, k -> new LinkedHashMap<>()).put(key, m);
        }
        return c.db.atomic(() -> {
            byModel.forEach(c::collect);
            Map<String, Long> result = c.execute();
            objects.forEach(DeleteCollector::forget);
            return result;
        });
    }

    /**
     * Deletes the rows of {@code query} and what cascades from them (one statement when nothing cascades or listens).
     *
     * @param query the query of the rows to delete
     * @param start reads those rows, when the statement alone will not do
     * @param db the database to delete from
     * @param reach what the delete can reach
     * @return the number of rows deleted, per model, in the order deleted
     */
    public static Map<String, Long> delete(Query query, Start start, Database db, Reach reach) {
        ModelInfo<?> model = query.model();
        DeleteCollector c = new DeleteCollector(db, reach);
        if (c.canFastDelete(model)) {
            Sql sql = WriteCompiler.delete(query, db.dialect());
            int n = sql == null ? 0 : db.update(sql);
            return n == 0 ? Map.of() : Map.of(c.label(model), (long) n);
        }
        return db.atomic(() -> {
            c.collect(model, new LinkedHashMap<>(start.rows(hasDeleteListeners(model))));
            return c.execute();
        });
    }

    /**
     * A deleted instance gets a null primary key and counts as new again, as in Django; saving it inserts
     * a new row. A multi-table child's key is its root's Java field, shared by every table's key. A
     * primitive key cannot hold null and is left as it is.
     */
    private static void forget(Entity m) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        for (ModelInfo<?> table : info.tableChain()) {
            FieldInfo pk = table.pk();
            if (!pk.javaType().isPrimitive()) {
                pk.setDbValue(m, null);
            }
        }
        Instances.setAdding(m, true);
    }

    private static boolean hasDeleteListeners(ModelInfo<?> model) {
        Lifecycle lifecycle = Lifecycle.current();
        return lifecycle.hears(Lifecycle.Kind.PRE_DELETE, model.type()) || lifecycle.hears(Lifecycle.Kind.POST_DELETE, model.type());
    }

    /** Nothing cascades from, points at (with consequences) or listens for deletes of {@code model}. */
    private boolean canFastDelete(ModelInfo<?> model) {
        if (hasDeleteListeners(model) || !model.manyToManyFields().isEmpty() || !model.genericRelations().isEmpty()
                || model.tableOwner().tableParent() != null) {
            return false;
        }
        for (FieldInfo f : pointingAt(model)) {
            if (f.relation().isManyToMany() || f.relation().onDelete() != OnDelete.DO_NOTHING) {
                return false;
            }
        }
        return true;
    }

    /** Adds rows of {@code model} to delete, then what their relations require. */
    private void collect(ModelInfo<?> model, Map<Object, Entity> rows) {
        collect(model, rows, null, true);
    }

    /**
     * Adds rows of {@code model}, then what their relations require. A multi-table child's rows take their
     * parent rows with them ({@code withParent}, unless the parent's delete is what reached them);
     * {@code skip} is the parent link a parent's rows were reached through (its child rows are already gathered).
     */
    private void collect(ModelInfo<?> model, Map<Object, Entity> rows, FieldInfo skip, boolean withParent) {
        Map<Object, Entity> mine = collected.computeIfAbsent(model, k -> new LinkedHashMap<>());
        List<Object> fresh = new ArrayList<>();
        for (Map.Entry<Object, Entity> e : rows.entrySet()) {
            if (!mine.containsKey(e.getKey())) {
                mine.put(e.getKey(), e.getValue());
                fresh.add(e.getKey());
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        batches.add(new Batch(model, fresh));
        for (FieldInfo m2m : model.manyToManyFields()) {
            if (!model.holdsColumn(m2m)) {
                continue; // a multi-table parent's: its rows are collected below and clear their own junctions
            }
            RelationInfo.Junction j = m2m.relation().junction();
            if (j.isAutomatic()) {
                junctions.add(new JunctionDelete(j.table(), j.sourceColumn(), model.pk(), fresh, label(model) + "_" + m2m.name()));
                if (m2m.relation().isSymmetrical()) {
                    junctions.add(new JunctionDelete(j.table(), j.targetColumn(), model.pk(), fresh, label(model) + "_" + m2m.name()));
                }
            }
        }
        for (FieldInfo f : pointingAt(model)) {
            RelationInfo r = f.relation();
            if (f == skip) {
                continue;
            }
            if (r.isManyToMany()) {
                RelationInfo.Junction j = r.junction();
                if (j.isAutomatic() && !(r.isSymmetrical() && f.model() == model)) {
                    junctions.add(new JunctionDelete(j.table(), j.targetColumn(), model.pk(), fresh, label(f.model()) + "_" + f.name()));
                }
                continue;
            }
            if (r.onDelete() == OnDelete.DO_NOTHING) {
                continue;
            }
            List<Object> targetKeys = targetKeys(model, r.targetField(), fresh);
            Map<Object, Entity> related = rowsPointingAt(f, targetKeys);
            if (related.isEmpty()) {
                continue;
            }
            ModelInfo<?> child = f.model();
            switch (r.onDelete()) {
                case CASCADE -> collect(child, related, null, !r.isParentLink());
                case PROTECT -> {
                    protectedRows.addAll(instances(child, related));
                    protectedVia.add("'" + child.name() + "." + f.name() + "'");
                }
                case RESTRICT -> restricted.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(related.keySet());
                case SET_NULL -> updates.add(new KeyUpdate(f, null, new ArrayList<>(related.keySet())));
                case SET_DEFAULT -> updates.add(new KeyUpdate(f, defaultOf(f), new ArrayList<>(related.keySet())));
                case SET -> updates.add(new KeyUpdate(f, FieldValues.toDb(f, r.setTo().get()), new ArrayList<>(related.keySet())));
                default -> {
                }
            }
        }
        for (GenericRelationInfo g : model.genericRelations()) {
            Map<Object, Entity> related = rowsPointingAt(g, fresh);
            if (!related.isEmpty()) {
                collect(g.relatedModel(), related);
            }
        }
        ModelInfo<?> parent = model.tableOwner().tableParent();
        if (parent != null && withParent) {
            // a multi-table child's row goes with its parent's row, as in Django
            Map<Object, Entity> parentRows = new LinkedHashMap<>();
            fresh.forEach(k -> parentRows.put(k, null));
            collect(parent, parentRows, model.tableOwner().pk(), true);
        }
    }

    /** How delete counts name {@code model}: a clash of simple names counts only among the same models. */
    private String label(ModelInfo<?> model) {
        return ModelRegistry.label(model, reach.models());
    }

    /**
     * Every field (declared anywhere, reverse accessor or not) that points at the table of {@code model}:
     * relations to a proxy or a single-table subclass point at its base's rows too. Relations to a
     * multi-table parent are left to the parent's rows, which are collected with the child's.
     */
    private List<FieldInfo> pointingAt(ModelInfo<?> model) {
        List<FieldInfo> out = new ArrayList<>();
        for (ModelInfo<?> other : reach.models()) {
            for (FieldInfo f : other.fields()) {
                if (f.relation() != null && f.model() == other && f.relation().target().tableOwner() == model.tableOwner()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The values of {@code targetField} for the rows with {@code keys} (the keys themselves when it is the primary key). */
    private List<Object> targetKeys(ModelInfo<?> model, FieldInfo targetField, List<Object> keys) {
        if (targetField.isPrimaryKey()) {
            return keys;
        }
        List<Object> out = new ArrayList<>();
        for (List<Object> part : chunks(keys)) {
            out.addAll(Rows.values(db, model, targetField.name(), Where.of("pk__in", part)));
        }
        return out;
    }

    /** The rows of {@code f}'s model whose {@code f} holds one of {@code keys}: keys, with instances when signals need them. */
    private Map<Object, Entity> rowsPointingAt(FieldInfo f, List<Object> keys) {
        boolean full = hasDeleteListeners(f.model()) || f.relation().onDelete() == OnDelete.PROTECT;
        return rowsWhereIn(f.model(), null, f.attname(), keys, full);
    }

    /**
     * The rows whose generic key ({@code g} reversed) points at the rows of {@code g}'s model with {@code keys}:
     * Django's GenericRelation makes them go with their target. None when the model has no content type yet.
     */
    private Map<Object, Entity> rowsPointingAt(GenericRelationInfo g, List<Object> keys) {
        GenericForeignKeyInfo key = g.genericForeignKey();
        Object type = reach.contentTypeId().apply(g.model());
        List<Object> objectIds = new ArrayList<>();
        for (Object k : keys) {
            Object objectId = GenericKeys.objectIdOrNull(key, k);
            if (objectId != null) {
                objectIds.add(objectId);
            }
        }
        if (type == null || objectIds.isEmpty()) {
            return Map.of();
        }
        return rowsWhereIn(key.model(), Where.of(key.ctField().attname(), type), key.fkField().name(), objectIds,
                hasDeleteListeners(key.model()));
    }

    /** The rows of {@code child} meeting {@code also} (when given) whose {@code field} is one of {@code keys}. */
    private Map<Object, Entity> rowsWhereIn(ModelInfo<?> child, Where also, String field, List<Object> keys, boolean full) {
        Map<Object, Entity> out = new LinkedHashMap<>();
        for (List<Object> part : chunks(keys)) {
            Where in = Where.of(field + "__in", part);
            Where[] conditions = also == null ? new Where[]{in} : new Where[]{also, in};
            if (full) {
                for (Entity m : Rows.instances(db, child, conditions)) {
                    out.put(child.pk().dbValue(m), m);
                }
            } else {
                for (Object k : Rows.values(db, child, "pk", conditions)) {
                    out.put(k, null);
                }
            }
        }
        return out;
    }

    private List<Entity> instances(ModelInfo<?> model, Map<Object, Entity> rows) {
        List<Entity> out = new ArrayList<>();
        List<Object> missing = new ArrayList<>();
        rows.forEach((k, m) -> {
            if (m != null) {
                out.add(m);
            } else {
                missing.add(k);
            }
        });
        for (List<Object> part : chunks(missing)) {
            out.addAll(Rows.instances(db, model, Where.of("pk__in", part)));
        }
        return out;
    }

    private static Object defaultOf(FieldInfo f) {
        Object ref = f.value(f.model().newInstance());
        Object key = ref instanceof RelationValues.Key r ? r.id() : null;
        if (key == null && !f.isNullable()) {
            throw new IllegalStateException(f + " has onDelete = SET_DEFAULT but no default (initialize it with a key)");
        }
        return key;
    }

    private List<List<Object>> chunks(List<Object> keys) {
        // beside the keys: at most the value an UPDATE ... SET sets
        int per = dialect.features().rowsPerStatement(1, 1, 0);
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += per) {
            out.add(keys.subList(i, Math.min(keys.size(), i + per)));
        }
        return out;
    }

    /** Checks PROTECT and RESTRICT, then changes the database. Runs inside the caller's transaction. */
    private Map<String, Long> execute() {
        if (!protectedRows.isEmpty()) {
            String model = batches.getFirst().model().name();
            throw new ProtectedError("Cannot delete some instances of model '" + model
                    + "' because they are referenced through protected foreign keys: " + String.join(", ", protectedVia)
                    + ". Protected: " + protectedRows, protectedRows);
        }
        List<Entity> blocked = new ArrayList<>();
        List<String> via = new ArrayList<>();
        for (Map.Entry<FieldInfo, Set<Object>> e : restricted.entrySet()) {
            ModelInfo<?> child = e.getKey().model();
            Map<Object, Entity> deleted = collected.getOrDefault(child, Map.of());
            Map<Object, Entity> remaining = new LinkedHashMap<>();
            for (Object k : e.getValue()) {
                if (!deleted.containsKey(k)) {
                    remaining.put(k, null);
                }
            }
            if (!remaining.isEmpty()) {
                blocked.addAll(instances(child, remaining));
                via.add("'" + child.name() + "." + e.getKey().name() + "'");
            }
        }
        if (!blocked.isEmpty()) {
            throw new RestrictedError("Cannot delete some instances of model '" + batches.getFirst().model().name()
                    + "' because they are referenced through restricted foreign keys: " + String.join(", ", via)
                    + ". Restricted: " + blocked, blocked);
        }
        Map<ModelInfo<?>, List<Entity>> signalled = new LinkedHashMap<>();
        collected.forEach((model, rows) -> {
            if (hasDeleteListeners(model)) {
                signalled.put(model, instances(model, rows));
            }
        });
        Lifecycle lifecycle = Lifecycle.current();
        signalled.forEach((model, list) -> list.forEach(m -> lifecycle.delete(Lifecycle.Kind.PRE_DELETE, m, db.alias())));

        Map<String, Long> counts = new LinkedHashMap<>();
        for (KeyUpdate u : updates) {
            for (List<Object> part : chunks(u.keys())) {
                db.update(WriteCompiler.updateWhereIn(u.field().model(), u.field().column(), new Value(u.value(), u.field().storage()),
                        u.field().model().pk().column(), values(part, u.field().model().pk()), dialect));
            }
        }
        for (JunctionDelete j : junctions) {
            for (List<Object> part : chunks(j.keys())) {
                long n = db.update(WriteCompiler.deleteWhereIn(j.table(), j.column(), values(part, j.keyField()), dialect));
                counts.merge(j.label(), n, Long::sum);
            }
        }
        if (!dialect.features().foreignKeysCheckedAtCommit()) {
            unlinkCollected();
        }
        for (Batch b : deletionOrder()) {
            for (List<Object> part : chunks(b.keys())) {
                long n = db.update(WriteCompiler.deleteWhereIn(b.model(), b.model().pk().column(), values(part, b.model().pk()), dialect));
                counts.merge(label(b.model()), n, Long::sum);
            }
        }
        signalled.forEach((model, list) -> list.forEach(m -> lifecycle.delete(Lifecycle.Kind.POST_DELETE, m, db.alias())));
        // as Django's Collector: every deleted instance it holds (cascades too) loses its key once all is sent
        signalled.values().forEach(list -> list.forEach(DeleteCollector::forget));
        collected.values().forEach(rows -> rows.values().forEach(m -> {
            if (m != null) {
                forget(m);
            }
        }));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /**
     * The batches in the order to delete them: the reverse of the order gathered, except that rows go before
     * the rows of any other table they point at (a RESTRICT key excused by a cascade, a multi-table child and
     * its parent), as Django's Collector sorts its models. Batches in a cycle keep their gathered order.
     */
    private List<Batch> deletionOrder() {
        List<Batch> pending = new ArrayList<>(batches.reversed());
        List<Batch> out = new ArrayList<>(pending.size());
        while (!pending.isEmpty()) {
            Batch next = pending.getFirst();
            for (Batch candidate : pending) {
                if (pending.stream().noneMatch(other -> pointsAt(other.model(), candidate.model()))) {
                    next = candidate;
                    break;
                }
            }
            pending.remove(next);
            out.add(next);
        }
        return out;
    }

    /** Does a column of {@code from}'s table point at another table, {@code to}'s? */
    private static boolean pointsAt(ModelInfo<?> from, ModelInfo<?> to) {
        if (from.tableOwner() == to.tableOwner()) {
            return false;
        }
        for (FieldInfo f : from.columns()) {
            RelationInfo r = f.relation();
            if (r != null && from.holdsColumn(f) && r.target().tableOwner() == to.tableOwner()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each row's keys are checked as it goes (InnoDB), rows that point at other rows of this delete
     * (a cycle, a tree deleted in one statement) would block whichever goes first: null those keys first,
     * on rows that are about to go anyway.
     */
    private void unlinkCollected() {
        for (Map.Entry<ModelInfo<?>, Map<Object, Entity>> e : collected.entrySet()) {
            ModelInfo<?> model = e.getKey();
            List<Object> keys = new ArrayList<>(e.getValue().keySet());
            for (FieldInfo f : model.columns()) {
                RelationInfo r = f.relation();
                if (r != null && r.hasDbConstraint() && f.isNullable() && collected.containsKey(r.target())) {
                    for (List<Object> part : chunks(keys)) {
                        db.update(WriteCompiler.updateWhereIn(model, f.column(), new Value(null, f.storage()),
                                model.pk().column(), values(part, model.pk()), dialect));
                    }
                }
            }
        }
    }

    private static List<Value> values(Collection<Object> keys, FieldInfo field) {
        List<Value> out = new ArrayList<>(keys.size());
        for (Object k : keys) {
            out.add(new Value(k, field.storage()));
        }
        return out;
    }
}
