package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/** Drops a model's table and its automatic junction tables; backwards, creates them again, empty. */
public record DeleteModel(String name) implements Operation {
    @Override
    public String describe() {
        return "Delete model " + name;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.without(state.model(ProjectState.label(app, name)).label());
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ModelState m = c.from().model(c.label(name));
        for (FieldState f : m.fields()) {
            if (f.isManyToMany() && f.relation().dbTable() != null) {
                c.editor().dropTable(f.relation().dbTable());
            }
        }
        c.editor().dropTable(m.table());
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState m = c.from().model(c.label(name));
        c.editor().createTable(TableDefs.of(m, c.from(), c.dialect()));
        for (FieldState f : m.fields()) {
            if (f.isManyToMany() && f.relation().dbTable() != null) {
                c.editor().createTable(TableDefs.junction(m, f, c.from(), c.dialect()));
            }
        }
    }
}
