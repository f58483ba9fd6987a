package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Changes a field's definition (type, size, null, unique, index, column, relation) to {@code field},
 * keeping its rows. When a nullable column becomes NOT NULL, rows holding NULL take {@code fill}.
 *
 * @param model the model's name (or {@code app.Model})
 * @param field the field's new definition, under its current name
 * @param fill  the value rows holding NULL get when the column becomes NOT NULL, or null for none
 */
public record AlterField(String model, FieldState field, Object fill) implements Operation {
    @Override
    public String describe() {
        return "Alter field " + field.name() + " on " + model;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        m.requireField(field.name());
        return state.with(m.replaceField(field.name(), field));
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        alter(c, c.from(), c.to(), fill);
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        alter(c, c.to(), c.from(), null);
    }

    private void alter(SchemaContext c, ProjectState fromState, ProjectState toState, Object fill) {
        ModelState before = fromState.model(c.label(model));
        ModelState after = toState.model(c.label(model));
        FieldState old = before.requireField(field.name());
        FieldState now = after.requireField(field.name());
        if (old.isManyToMany() || now.isManyToMany()) {
            String a = old.relation().dbTable();
            String b = now.relation().dbTable();
            if (a != null && b != null && !a.equals(b)) {
                c.editor().renameTable(a, b);
            }
            return;
        }
        var beforeTable = TableDefs.of(before, fromState, c.dialect());
        var afterTable = TableDefs.of(after, toState, c.dialect());
        var from = TableDefs.column(old, before, fromState);
        var to = TableDefs.column(now, after, toState);
        if (old.nullable() && !now.nullable() && fill != null) {
            var value = Fills.value(fill, to);
            c.editor().fillNulls(beforeTable.name(), from.name(), value);
        }
        c.editor().alterColumn(beforeTable, afterTable, from, to);
    }
}
