package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;

/**
 * Renames a model. Its table is renamed with it only when the table name followed the model's
 * (the new state says which table the model has); relations to it follow in the state.
 *
 * @param oldName  the model's current name (or {@code app.Model})
 * @param newName  the model's new name
 * @param newTable the table the renamed model has, or null when it keeps its table name
 */
public record RenameModel(String oldName, String newName, String newTable) implements Operation {
    @Override
    public String describe() {
        return "Rename model " + oldName + " to " + newName;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        String from = state.model(ProjectState.label(app, oldName)).label();
        ProjectState renamed = state.renameModel(from, newName);
        ModelState m = renamed.model(ProjectState.label(app, newName));
        return newTable == null ? renamed : renamed.with(m.withTable(newTable));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        String before = c.from().model(c.label(oldName)).table();
        String after = c.to().model(c.label(newName)).table();
        if (!before.equals(after)) {
            c.editor().renameTable(before, after);
        }
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        String before = c.from().model(c.label(oldName)).table();
        String after = c.to().model(c.label(newName)).table();
        if (!before.equals(after)) {
            c.editor().renameTable(after, before);
        }
    }
}
