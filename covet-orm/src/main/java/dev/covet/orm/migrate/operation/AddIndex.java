package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Adds an index. With {@code concurrently} (PostgreSQL) it is built without locking writes, which
 * cannot happen inside a transaction: the migration holding it must say {@code "atomic": false}.
 *
 * @param model        the model's name (or {@code app.Model})
 * @param index        the index to add
 * @param concurrently whether to build it without locking writes (PostgreSQL)
 */
public record AddIndex(String model, IndexState index, boolean concurrently) implements Operation {
    @Override
    public String describe() {
        return "Create index " + index.name() + " on " + String.join(", ", index.fields()) + " of " + model;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        if (m.index(index.name()) != null) {
            throw new IllegalArgumentException("Model " + m.label() + " already has an index " + index.name());
        }
        for (String f : index.fields()) {
            m.requireField(f);
        }
        java.util.List<IndexState> out = new java.util.ArrayList<>(m.indexes());
        out.add(index);
        return state.with(m.withIndexes(out));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ModelState m = c.to().model(c.label(model));
        c.editor().addIndex(m.table(), TableDefs.index(m, index), concurrently && c.dialect().ddl().buildsIndexesConcurrently());
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState m = c.from().model(c.label(model));
        c.editor().dropIndex(m.table(), TableDefs.index(m, index));
    }
}
