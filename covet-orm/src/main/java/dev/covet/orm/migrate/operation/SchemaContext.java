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
 *
 * @param app      the label of the migration's app, for model references without one
 * @param from     the project state before the operation
 * @param to       the project state after it
 * @param editor   receives the operation's statements
 * @param database the database they run on, or null when they are only shown ({@code sqlmigrate})
 */
public record SchemaContext(String app, ProjectState from, ProjectState to, TableEditor editor, Database database) {
    /**
     * The dialect the statements are written for.
     *
     * @return the editor's dialect
     */
    public Dialect dialect() {
        return editor.dialect();
    }

    /**
     * The table of {@code label} in {@code state}.
     *
     * @param state the project state
     * @param label {@code app.Model}
     * @return the model's table as DDL describes it
     * @throws IllegalArgumentException if {@code state} has no such model
     */
    public TableDef table(ProjectState state, String label) {
        ModelState m = state.model(label);
        return TableDefs.of(m, state, dialect());
    }

    /**
     * A model reference as a label: {@code Model} means a model of this context's app.
     *
     * @param model {@code Model} or {@code app.Model}
     * @return {@code app.Model}
     */
    public String label(String model) {
        return ProjectState.label(app, model);
    }

    /**
     * The context for running backwards: the same operation with the states swapped.
     *
     * @return the reversed context
     */
    public SchemaContext reversed() {
        return new SchemaContext(app, to, from, editor, database);
    }
}
