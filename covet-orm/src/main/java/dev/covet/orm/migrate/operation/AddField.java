package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Adds a field. A NOT NULL column added to a table with rows takes {@code fill}, a one-off value given
 * to {@code makemigrations}, written into the existing rows (as a parameter) before the column becomes
 * NOT NULL; it is not kept as a database default. A many-to-many field creates its junction table.
 *
 * @param model the model's name (or {@code app.Model})
 * @param field the new field
 * @param fill  the value existing rows get, or null for none
 */
public record AddField(String model, FieldState field, Object fill) implements Operation {
    @Override
    public String describe() {
        return "Add field " + field.name() + " to " + model;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        return state.with(m.plusField(field));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ModelState before = c.from().model(c.label(model));
        ModelState after = c.to().model(c.label(model));
        if (field.isManyToMany()) {
            if (field.relation().dbTable() != null) {
                c.editor().createTable(TableDefs.junction(after, field, c.to(), c.dialect()));
            }
            return;
        }
        var column = TableDefs.column(field, after, c.to());
        c.editor().addColumn(TableDefs.of(before, c.from(), c.dialect()), TableDefs.of(after, c.to(), c.dialect()), column,
                Fills.value(fill, column));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState before = c.from().model(c.label(model));
        ModelState after = c.to().model(c.label(model));
        if (field.isManyToMany()) {
            if (field.relation().dbTable() != null) {
                c.editor().dropTable(field.relation().dbTable());
            }
            return;
        }
        c.editor().dropColumn(TableDefs.of(after, c.to(), c.dialect()), TableDefs.of(before, c.from(), c.dialect()), field.column());
    }
}
