package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ConstraintState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;

/**
 * Drops a constraint by name (Django's {@code RemoveConstraint}); backwards, adds it as the state had it.
 *
 * @param model the model's name (or {@code app.Model})
 * @param name  the constraint's name
 */
public record RemoveConstraint(String model, String name) implements Operation {
    @Override
    public String describe() {
        return "Remove constraint " + name + " from model " + model;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        if (m.constraint(name) == null) {
            throw new IllegalArgumentException("Model " + m.label() + " has no constraint " + name + "; choices: "
                    + String.join(", ", m.constraints().stream().map(ConstraintState::name).toList()));
        }
        return state.with(m.withConstraints(m.constraints().stream().filter(x -> !x.name().equals(name)).toList()));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        String label = c.label(model);
        var before = c.table(c.from(), label);
        c.editor().dropConstraint(before, c.table(c.to(), label), before.constraint(name));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        String label = c.label(model);
        var after = c.table(c.from(), label);
        c.editor().addConstraint(c.table(c.to(), label), after, after.constraint(name));
    }
}
