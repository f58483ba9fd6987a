package dev.covet.orm.schema;

import dev.covet.orm.db.Database;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.sql.DdlCompiler;
import dev.covet.orm.sql.Dialect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Creates and drops the tables of models: in dependency order (a table after the tables it points
 * at), with the automatic junction tables of many-to-many fields, skipping unmanaged models and
 * tables that already exist. Foreign keys that close a cycle are added once every table exists.
 */
public final class SchemaEditor {
    private final Database database;

    /**
     * An editor for the tables of {@code database}.
     *
     * @param database the database the statements run on
     */
    public SchemaEditor(Database database) {
        this.database = database;
    }

    /**
     * The DDL that {@link #createTables} would run on an empty database.
     *
     * @param models the models whose tables would be created
     * @return the statements, in order
     */
    public List<String> createStatements(Collection<ModelInfo<?>> models) {
        return plan(models, Set.of());
    }

    /**
     * Creates the tables of {@code models} that do not exist yet.
     *
     * @param models the models whose tables are created
     */
    public void createTables(Collection<ModelInfo<?>> models) {
        Set<String> existing = database.tableNames();
        List<String> statements = plan(models, existing);
        if (statements.isEmpty()) {
            return;
        }
        if (database.dialect().features().supportsTransactionalDdl()) {
            database.atomic(() -> database.execute(statements));
        } else {
            database.execute(statements);
        }
    }

    /**
     * Drops the tables of {@code models} (and their junction tables), dependents first.
     *
     * @param models the models whose tables are dropped
     */
    public void dropTables(Collection<ModelInfo<?>> models) {
        Dialect d = database.dialect();
        List<ModelInfo<?>> ordered = ordered(managed(models));
        List<String> statements = new ArrayList<>();
        for (FieldInfo f : junctions(models)) {
            statements.add(d.ddl().dropTable(f.relation().junction().table()));
        }
        for (ModelInfo<?> m : ordered.reversed()) {
            statements.addAll(DdlCompiler.dropSearchIndexes(m, d));
            statements.add(d.ddl().dropTable(m.table()));
        }
        database.execute(statements);
    }

    /**
     * Deletes every row of {@code models}' tables and their junction tables in one transaction, leaving
     * the tables in place: what a test that commits needs between tests.
     *
     * @param models the models whose tables are emptied
     */
    public void emptyTables(Collection<ModelInfo<?>> models) {
        List<String> tables = new ArrayList<>();
        for (FieldInfo f : junctions(models)) {
            tables.add(f.relation().junction().table());
        }
        for (ModelInfo<?> m : ordered(managed(models)).reversed()) {
            if (!tables.contains(m.table())) {
                tables.add(m.table());
            }
        }
        Dialect d = database.dialect();
        List<String> statements = d.ddl().deleteAllRows(tables);
        database.atomic(() -> {
            RuntimeException failure = null;
            try {
                database.execute(statements);
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                database.execute(d.ddl().afterDeletingAllRows());
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
            if (failure != null) {
                throw failure;
            }
        });
    }

    private List<String> plan(Collection<ModelInfo<?>> models, Set<String> alreadyThere) {
        Dialect d = database.dialect();
        Set<String> existing = new HashSet<>();
        alreadyThere.forEach(t -> existing.add(t.toLowerCase(Locale.ROOT)));
        List<String> creates = new ArrayList<>();
        List<String> later = new ArrayList<>();
        List<ModelInfo<?>> ordered = ordered(managed(models));
        Set<String> created = new HashSet<>(existing);
        for (ModelInfo<?> m : ordered) {
            if (existing.contains(m.table().toLowerCase(Locale.ROOT))) {
                continue;
            }
            DdlCompiler.TableDdl ddl = DdlCompiler.createTable(m, created, d);
            creates.add(ddl.create());
            creates.addAll(ddl.indexes());
            later.addAll(ddl.deferredForeignKeys());
            created.add(m.table().toLowerCase(Locale.ROOT));
        }
        for (FieldInfo f : junctions(models)) {
            RelationInfo.Junction j = f.relation().junction();
            if (existing.contains(j.table().toLowerCase(Locale.ROOT))) {
                continue;
            }
            DdlCompiler.TableDdl ddl = DdlCompiler.createJunction(f, created, d);
            creates.add(ddl.create());
            creates.addAll(ddl.indexes());
            later.addAll(ddl.deferredForeignKeys());
            created.add(j.table().toLowerCase(Locale.ROOT));
        }
        creates.addAll(later);
        return creates;
    }

    private static List<ModelInfo<?>> managed(Collection<ModelInfo<?>> models) {
        return models.stream().filter(ModelInfo::ownsTable).toList();
    }

    /** The automatic junction tables the models declare (each once, by the model that declares the field). */
    private static List<FieldInfo> junctions(Collection<ModelInfo<?>> models) {
        List<FieldInfo> out = new ArrayList<>();
        for (ModelInfo<?> m : models) {
            for (FieldInfo f : m.manyToManyFields()) {
                if (f.model() == m && m.isManaged() && f.relation().junction().isAutomatic() && !out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Models after the models they point at; a cycle is broken where it is found. */
    static List<ModelInfo<?>> ordered(List<ModelInfo<?>> models) {
        Map<ModelInfo<?>, Set<ModelInfo<?>>> deps = new LinkedHashMap<>();
        for (ModelInfo<?> m : models) {
            Set<ModelInfo<?>> targets = new LinkedHashSet<>();
            for (FieldInfo f : m.columns()) {
                if (f.relation() != null && f.relation().target() != m && models.contains(f.relation().target())) {
                    targets.add(f.relation().target());
                }
            }
            deps.put(m, targets);
        }
        List<ModelInfo<?>> out = new ArrayList<>();
        Set<ModelInfo<?>> done = new HashSet<>();
        Set<ModelInfo<?>> visiting = new HashSet<>();
        for (ModelInfo<?> m : models) {
            visit(m, deps, done, visiting, out);
        }
        return out;
    }

    private static void visit(ModelInfo<?> m, Map<ModelInfo<?>, Set<ModelInfo<?>>> deps, Set<ModelInfo<?>> done,
                              Set<ModelInfo<?>> visiting, List<ModelInfo<?>> out) {
        if (done.contains(m) || !visiting.add(m)) {
            return;
        }
        for (ModelInfo<?> d : deps.get(m)) {
            visit(d, deps, done, visiting, out);
        }
        visiting.remove(m);
        done.add(m);
        out.add(m);
    }
}
