package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Removes a field and its column (its data is gone). Backwards, the column comes back without its
 * data: NULL where it may be, else its type's empty value (0, false, empty text); a NOT NULL key or
 * date can come back only while the table is empty.
 *
 * @param model the model's name (or {@code app.Model})
 * @param name  the field's name
 */
public record RemoveField(String model, String name) implements Operation {
    @Override
    public String describe() {
        return "Remove field " + name + " from " + model;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        return state.with(m.minusField(name));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ModelState before = c.from().model(c.label(model));
        ModelState after = c.to().model(c.label(model));
        FieldState f = before.requireField(name);
        if (f.isManyToMany()) {
            if (f.relation().dbTable() != null) {
                c.editor().dropTable(f.relation().dbTable());
            }
            return;
        }
        c.editor().dropColumn(TableDefs.of(before, c.from(), c.dialect()), TableDefs.of(after, c.to(), c.dialect()), f.column());
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState before = c.from().model(c.label(model));
        FieldState f = before.requireField(name);
        Object fill = null;
        if (!f.nullable() && !f.isManyToMany() && f.relation() == null) {
            fill = Fills.zero(dev.covet.orm.migrate.state.TableDefs.column(f, before, c.from()));
        }
        new AddField(model, f, fill).databaseForwards(c.reversed());
    }
}
