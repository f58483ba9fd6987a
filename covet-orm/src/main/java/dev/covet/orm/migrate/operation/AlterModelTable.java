package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;

/**
 * Gives a model another table name ({@code @Meta(table)}): the table is renamed, its rows kept.
 *
 * @param model the model's name (or {@code app.Model})
 * @param table the new table name
 */
public record AlterModelTable(String model, String table) implements Operation {
    @Override
    public String describe() {
        return "Rename table for " + model + " to " + table;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        return state.with(m.withTable(table));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        c.editor().renameTable(c.from().model(c.label(model)).table(), table);
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        c.editor().renameTable(table, c.from().model(c.label(model)).table());
    }
}
