package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Renames an index (dropped and built again where the database cannot rename one).
 *
 * @param model   the model's name (or {@code app.Model})
 * @param oldName the index's current name
 * @param newName the index's new name
 */
public record RenameIndex(String model, String oldName, String newName) implements Operation {
    @Override
    public String describe() {
        return "Rename index " + oldName + " on " + model + " to " + newName;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        IndexState old = m.index(oldName);
        if (old == null) {
            throw new IllegalArgumentException("Model " + m.label() + " has no index " + oldName);
        }
        return state.with(m.withIndexes(m.indexes().stream().map(i -> i == old ? i.withName(newName) : i).toList()));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ModelState m = c.to().model(c.label(model));
        c.editor().renameIndex(m.table(), oldName, TableDefs.index(m, m.index(newName)));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState m = c.from().model(c.label(model));
        c.editor().renameIndex(m.table(), newName, TableDefs.index(m, m.index(oldName)));
    }
}
