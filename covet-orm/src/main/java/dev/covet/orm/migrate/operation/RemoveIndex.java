package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Drops an index; backwards, builds it again.
 *
 * @param model the model's name (or {@code app.Model})
 * @param name  the index's name
 */
public record RemoveIndex(String model, String name) implements Operation {
    @Override
    public String describe() {
        return "Remove index " + name + " from " + model;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        if (m.index(name) == null) {
            throw new IllegalArgumentException("Model " + m.label() + " has no index " + name + "; choices: "
                    + String.join(", ", m.indexes().stream().map(IndexState::name).toList()));
        }
        return state.with(m.withIndexes(m.indexes().stream().filter(i -> !i.name().equals(name)).toList()));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ModelState m = c.from().model(c.label(model));
        c.editor().dropIndex(m.table(), TableDefs.index(m, m.index(name)));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState m = c.from().model(c.label(model));
        c.editor().addIndex(m.table(), TableDefs.index(m, m.index(name)), false);
    }
}
