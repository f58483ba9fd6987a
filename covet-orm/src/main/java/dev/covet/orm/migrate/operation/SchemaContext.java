package dev.covet.orm.migrate.operation;

import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;
import dev.covet.orm.schema.TableEditor;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.ddl.TableDef;

/**
 * What an operation works with: its app, the states before ({@code from}) and after ({@code to}) it,
 * the editor its statements go through, and the database when they run (null when they are only shown).
 */
public record SchemaContext(String app, ProjectState from, ProjectState to, TableEditor editor, Database database) {
    public Dialect dialect() {
        return editor.dialect();
    }

    /** The table of {@code label} in {@code state}. */
    public TableDef table(ProjectState state, String label) {
        ModelState m = state.model(label);
        return TableDefs.of(m, state, dialect());
    }

    public String label(String model) {
        return ProjectState.label(app, model);
    }

    /** The context for running backwards: the same operation with the states swapped. */
    public SchemaContext reversed() {
        return new SchemaContext(app, to, from, editor, database);
    }
}
