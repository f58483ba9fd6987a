package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Drops a model's table, its automatic junction tables and its search indexes' own tables; backwards, creates them again, empty.
 *
 * @param name the model's name (or {@code app.Model})
 */
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
        for (IndexState i : m.indexes()) {
            if (i.search() && !c.dialect().search().tables(TableDefs.index(m, i)).isEmpty()) {   // tables of its own: FTS5
                c.editor().dropIndex(m.table(), TableDefs.index(m, i));
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
