package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ConstraintState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a CHECK or UNIQUE constraint (Django's {@code AddConstraint}); backwards, drops it.
 *
 * @param model      the model's name (or {@code app.Model})
 * @param constraint the constraint to add
 */
public record AddConstraint(String model, ConstraintState constraint) implements Operation {
    @Override
    public String describe() {
        return "Create constraint " + constraint.name() + " on model " + model;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        if (m.constraint(constraint.name()) != null) {
            throw new IllegalArgumentException("Model " + m.label() + " already has a constraint " + constraint.name());
        }
        constraint.fields().forEach(m::requireField);
        List<ConstraintState> out = new ArrayList<>(m.constraints());
        out.add(constraint);
        return state.with(m.withConstraints(out));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        String label = c.label(model);
        var after = c.table(c.to(), label);
        c.editor().addConstraint(c.table(c.from(), label), after, after.constraint(constraint.name()));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        String label = c.label(model);
        var before = c.table(c.to(), label);
        c.editor().dropConstraint(before, c.table(c.from(), label), before.constraint(constraint.name()));
    }
}
