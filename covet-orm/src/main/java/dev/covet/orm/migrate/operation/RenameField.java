package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.Naming;

/**
 * Renames a field. Its column is renamed with it when the column name followed the field's (it was
 * not set with {@code dbColumn}); the rows keep their values.
 *
 * @param model   the model's name (or {@code app.Model})
 * @param oldName the field's current name
 * @param newName the field's new name
 */
public record RenameField(String model, String oldName, String newName) implements Operation {
    @Override
    public String describe() {
        return "Rename field " + oldName + " on " + model + " to " + newName;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.model(ProjectState.label(app, model));
        FieldState f = m.requireField(oldName);
        ModelState renamed = m.renameField(oldName, newName);
        if (f.column() != null && f.column().equals(Naming.column(f))) {
            renamed = renamed.replaceField(newName, renamed.requireField(newName).withColumn(Naming.column(f.withName(newName))));
        }
        return state.with(renamed);
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        rename(c, c.from().model(c.label(model)).requireField(oldName), c.to().model(c.label(model)));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState before = c.from().model(c.label(model));
        FieldState now = c.to().model(c.label(model)).requireField(newName);
        FieldState old = before.requireField(oldName);
        if (old.column() != null && !old.column().equals(now.column())) {
            c.editor().renameColumn(before.table(), now.column(), old.column());
        }
    }

    private void rename(SchemaContext c, FieldState old, ModelState after) {
        FieldState now = after.requireField(newName);
        if (old.column() != null && !old.column().equals(now.column())) {
            c.editor().renameColumn(after.table(), old.column(), now.column());
        }
    }
}
