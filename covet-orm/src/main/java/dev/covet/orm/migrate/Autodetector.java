package dev.covet.orm.migrate;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AddConstraint;
import dev.covet.orm.migrate.operation.AddIndex;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.migrate.operation.AlterModelTable;
import dev.covet.orm.migrate.operation.AlterUniqueTogether;
import dev.covet.orm.migrate.operation.CreateModel;
import dev.covet.orm.migrate.operation.DeleteModel;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.RemoveField;
import dev.covet.orm.migrate.operation.RemoveConstraint;
import dev.covet.orm.migrate.operation.RemoveIndex;
import dev.covet.orm.migrate.operation.RenameField;
import dev.covet.orm.migrate.operation.RenameIndex;
import dev.covet.orm.migrate.operation.RenameModel;
import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ConstraintState;
import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ModelStates;
import dev.covet.orm.migrate.state.Naming;
import dev.covet.orm.migrate.state.ProjectState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the state the migrations build with the state of the live models and lists, per app, the
 * operations that turn one into the other (Django's {@code MigrationAutodetector}). A field or model
 * that vanished while another appeared is a rename only when it is certain (same table, same
 * definition) or confirmed (a {@code --rename} flag, or the questioner); otherwise it is a removal and
 * an addition, each visible. A new NOT NULL field needs a value for existing rows: its Java
 * initializer, a {@code --default}, or the questioner's answer.
 */
final class Autodetector {
    private final ProjectState from;
    private final ProjectState to;
    private final Map<String, ModelInfo<?>> live = new TreeMap<>();
    private final MakeOptions options;
    private final Map<String, List<Operation>> ops = new TreeMap<>();

    Autodetector(ProjectState from, ProjectState to, Collection<ModelInfo<?>> models, MakeOptions options) {
        this.from = from;
        this.to = to;
        this.options = options;
        for (ModelInfo<?> m : models) {
            live.put(ModelStates.label(m), m);
        }
    }

    /** The operations per app, in the order they must run. */
    Map<String, List<Operation>> changes() {
        Set<String> apps = new LinkedHashSet<>();
        from.models().forEach(m -> apps.add(m.app()));
        to.models().forEach(m -> apps.add(m.app()));
        if (!options.apps().isEmpty()) {
            apps.retainAll(options.apps());
        }
        for (String app : apps) {
            List<Operation> list = forApp(app);
            if (!list.isEmpty()) {
                ops.put(app, list);
            }
        }
        return ops;
    }

    private List<Operation> forApp(String app) {
        List<Operation> renames = new ArrayList<>();
        List<Operation> creates = new ArrayList<>();
        List<Operation> tables = new ArrayList<>();
        List<Operation> fieldRenames = new ArrayList<>();
        List<Operation> indexRemovals = new ArrayList<>();
        List<Operation> removals = new ArrayList<>();
        List<Operation> additions = new ArrayList<>();
        List<Operation> alterations = new ArrayList<>();
        List<Operation> uniques = new ArrayList<>();
        List<Operation> indexAdditions = new ArrayList<>();
        List<Operation> constraintAdditions = new ArrayList<>();
        List<Operation> deletes = new ArrayList<>();
        List<Operation> late = new ArrayList<>();

        ProjectState current = from;
        Map<String, ModelState> removed = new LinkedHashMap<>();
        Map<String, ModelState> added = new LinkedHashMap<>();
        for (ModelState m : from.models(app)) {
            if (to.find(m.label()) == null) {
                removed.put(m.label(), m);
            }
        }
        for (ModelState m : to.models(app)) {
            if (from.find(m.label()) == null) {
                added.put(m.label(), m);
            }
        }
        for (ModelState gone : List.copyOf(removed.values())) {
            for (ModelState fresh : List.copyOf(added.values())) {
                if (added.containsKey(fresh.label()) && isModelRename(gone, fresh)) {
                    String newTable = gone.table().equals(fresh.table()) ? null : fresh.table();
                    RenameModel r = new RenameModel(gone.name(), fresh.name(), newTable);
                    renames.add(r);
                    current = r.stateForwards(app, current);
                    removed.remove(gone.label());
                    added.remove(fresh.label());
                    break;
                }
            }
        }
        Set<String> pending = new LinkedHashSet<>(added.keySet());
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (String label : List.copyOf(pending)) {
                ModelState m = added.get(label);
                // a key or an automatic junction needs its target's table; a many-to-many through a model needs nothing
                boolean ready = m.fields().stream().filter(f -> f.relation() != null && !f.relation().to().equals(label)
                                && f.relation().through() == null)
                        .allMatch(f -> !pending.contains(f.relation().to()));
                if (ready) {
                    creates.add(new CreateModel(m));
                    pending.remove(label);
                    progressed = true;
                }
            }
            if (!progressed) {
                // a cycle of keys: create the first model without its keys to models not made yet, add them after
                String label = pending.iterator().next();
                ModelState m = added.get(label);
                List<FieldState> later = m.fields().stream().filter(f -> f.relation() != null && pending.contains(f.relation().to())
                        && !f.relation().to().equals(label) && f.relation().through() == null).toList();
                ModelState bare = m.withFields(m.fields().stream().filter(f -> !later.contains(f)).toList());
                creates.add(new CreateModel(bare));
                for (FieldState f : later) {
                    late.add(new AddField(m.name(), f, null));
                }
                pending.remove(label);
            }
        }
        for (ModelState gone : removed.values()) {
            deletes.add(new DeleteModel(gone.name()));
        }
        for (ModelState target : to.models(app)) {
            ModelState source = current.find(target.label());
            if (source == null || added.containsKey(target.label())) {
                continue;
            }
            if (!source.table().equals(target.table())) {
                AlterModelTable a = new AlterModelTable(target.name(), target.table());
                tables.add(a);
                current = a.stateForwards(app, current);
                source = current.model(target.label());
            }
            Set<String> goneFields = new LinkedHashSet<>();
            Set<String> newFields = new LinkedHashSet<>();
            ModelState before = source;
            before.fields().stream().filter(f -> target.field(f.name()) == null).forEach(f -> goneFields.add(f.name()));
            target.fields().stream().filter(f -> before.field(f.name()) == null).forEach(f -> newFields.add(f.name()));
            for (String g : List.copyOf(goneFields)) {
                for (String n : List.copyOf(newFields)) {
                    if (newFields.contains(n) && isFieldRename(target.name(), before.field(g), target.field(n))) {
                        RenameField r = new RenameField(target.name(), g, n);
                        fieldRenames.add(r);
                        current = r.stateForwards(app, current);
                        goneFields.remove(g);
                        newFields.remove(n);
                        break;
                    }
                }
            }
            ModelState renamed = current.model(target.label());
            for (String g : goneFields) {
                removals.add(new RemoveField(target.name(), g));
            }
            for (String n : newFields) {
                FieldState f = target.field(n);
                // a database default fills the existing rows by itself (Django's db_default)
                additions.add(new AddField(target.name(), f, needsFill(f) && f.dbDefault() == null ? fill(target, f, "added as NOT NULL") : null));
            }
            for (FieldState f : target.fields()) {
                FieldState old = renamed.field(f.name());
                if (old != null && !old.equals(f)) {
                    boolean tightened = old.nullable() && !f.nullable();
                    alterations.add(new AlterField(target.name(), f, tightened && needsFill(f) ? fill(target, f, "made NOT NULL") : null));
                }
            }
            List<IndexState> goneIx = new ArrayList<>(renamed.indexes().stream().filter(i -> target.index(i.name()) == null).toList());
            List<IndexState> newIx = new ArrayList<>(target.indexes().stream().filter(i -> renamed.index(i.name()) == null).toList());
            for (IndexState g : List.copyOf(goneIx)) {
                IndexState same = newIx.stream().filter(n -> sameIndexColumns(g, n)).findFirst().orElse(null);
                if (same != null) {
                    indexAdditions.add(new RenameIndex(target.name(), g.name(), same.name()));
                    goneIx.remove(g);
                    newIx.remove(same);
                }
            }
            goneIx.forEach(i -> indexRemovals.add(new RemoveIndex(target.name(), i.name())));
            newIx.forEach(i -> indexAdditions.add(new AddIndex(target.name(), i, false)));
            for (IndexState i : target.indexes()) {
                IndexState old = renamed.index(i.name());
                if (old != null && !old.equals(i)) {
                    indexRemovals.add(new RemoveIndex(target.name(), i.name()));
                    indexAdditions.add(new AddIndex(target.name(), i, false));
                }
            }
            if (!new HashSet<>(renamed.uniqueTogether()).equals(new HashSet<>(target.uniqueTogether()))) {
                uniques.add(new AlterUniqueTogether(target.name(), target.uniqueTogether()));
            }
            // a changed constraint is dropped and made again
            for (ConstraintState c : renamed.constraints()) {
                if (!c.equals(target.constraint(c.name()))) {
                    indexRemovals.add(new RemoveConstraint(target.name(), c.name()));
                }
            }
            for (ConstraintState c : target.constraints()) {
                if (!c.equals(renamed.constraint(c.name()))) {
                    constraintAdditions.add(new AddConstraint(target.name(), c));
                }
            }
        }
        List<Operation> out = new ArrayList<>();
        out.addAll(renames);
        out.addAll(creates);
        out.addAll(late);
        out.addAll(tables);
        out.addAll(fieldRenames);
        out.addAll(indexRemovals);
        out.addAll(removals);
        out.addAll(additions);
        out.addAll(alterations);
        out.addAll(uniques);
        out.addAll(indexAdditions);
        out.addAll(constraintAdditions);
        out.addAll(deletes);
        return out;
    }

    private boolean sameIndexColumns(IndexState a, IndexState b) {
        return a.sameColumns(b);
    }

    private boolean isModelRename(ModelState gone, ModelState fresh) {
        if (confirmed(gone.name() + "=" + fresh.name()) || confirmed(gone.label() + "=" + fresh.label())) {
            return true;
        }
        if (!sameFields(gone, fresh)) {
            return false;
        }
        return gone.table().equals(fresh.table()) || options.questioner().askRenameModel(gone.name(), fresh.name());
    }

    private static boolean sameFields(ModelState a, ModelState b) {
        if (a.fields().size() != b.fields().size()) {
            return false;
        }
        for (FieldState f : a.fields()) {
            FieldState g = b.field(f.name());
            if (g == null || !Objects.equals(g.type(), f.type()) || g.nullable() != f.nullable()) {
                return false;
            }
        }
        return true;
    }

    private boolean isFieldRename(String model, FieldState gone, FieldState fresh) {
        if (confirmed(model + "." + gone.name() + "=" + fresh.name())) {
            return true;
        }
        // the same field apart from its name (and the column that follows the name)
        FieldState renamed = gone.withName(fresh.name());
        if (gone.column() != null && gone.column().equals(Naming.column(gone))) {
            renamed = renamed.withColumn(Naming.column(renamed));
        }
        if (!renamed.equals(fresh)) {
            return false;
        }
        return options.questioner().askRenameField(model, gone.name(), fresh.name());
    }

    private boolean confirmed(String rename) {
        return options.renames().contains(rename);
    }

    private static boolean needsFill(FieldState f) {
        return !f.nullable() && !f.isManyToMany() && !f.primaryKey();
    }

    /** The value existing rows get: a {@code --default}, the Java initializer, or the questioner's answer. */
    private Object fill(ModelState model, FieldState f, String how) {
        String key = model.name() + "." + f.name();
        if (options.defaults().containsKey(key)) {
            return options.defaults().get(key);
        }
        Object javaDefault = javaDefault(model, f);
        if (javaDefault != null) {
            return javaDefault;
        }
        if (options.check()) {
            // a check only tells whether the models moved on; nothing is written that would need the value
            return null;
        }
        Object asked = options.questioner().askDefault(model.name(), f.name(), f.type());
        if (asked != null) {
            return asked;
        }
        throw new MigrationError("Field " + key + " is " + how + " and has no default, so the rows already in "
                + model.table() + " need a value. Give one with --default " + key + "=<value> (makemigrations asks for it on a "
                + "terminal), give the field a Java initializer, or make it nullable.");
    }

    private Object javaDefault(ModelState model, FieldState f) {
        ModelInfo<?> info = live.get(model.label());
        if (info == null || f.relation() != null) {
            return null;
        }
        FieldInfo field = info.findField(f.name());
        if (field == null) {
            return null;
        }
        Object value;
        try {
            value = field.value(info.newInstance());
        } catch (RuntimeException e) {
            return null;
        }
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Number n -> n;
            case Enum<?> e -> e.name();
            case java.time.temporal.Temporal t -> t.toString();
            case java.util.UUID u -> u.toString();
            case Map<?, ?> m -> m;
            case List<?> l -> l;
            default -> null;
        };
    }
}
