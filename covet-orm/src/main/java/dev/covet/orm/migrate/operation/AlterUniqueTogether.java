package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

import java.util.List;

/**
 * Sets a model's unique-together sets: constraints no longer named are dropped, new ones added.
 *
 * @param model          the model's name (or {@code app.Model})
 * @param uniqueTogether the sets the model has afterwards, each a list of field names
 */
public record AlterUniqueTogether(String model, List<List<String>> uniqueTogether) implements Operation {
    /**
     * Copies the sets, so that the operation stays immutable.
     *
     * @param model          the model's name (or {@code app.Model})
     * @param uniqueTogether the sets the model has afterwards, each a list of field names
     */
    public AlterUniqueTogether {
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
    }

    @Override
    public String describe() {
        return "Alter unique_together for " + model + " (" + uniqueTogether.size() + " constraint(s))";
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        uniqueTogether.forEach(group -> group.forEach(m::requireField));
        return state.with(m.withUniqueTogether(uniqueTogether));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        c.editor().alterUniques(c.table(c.from(), c.label(model)), c.table(c.to(), c.label(model)));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        c.editor().alterUniques(c.table(c.to(), c.label(model)), c.table(c.from(), c.label(model)));
    }
}
