package dev.covet.orm.migrate.operation;

import dev.covet.orm.Covet;
import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.state.ProjectState;

import java.util.HashMap;
import java.util.Map;

/**
 * What a {@link JavaMigration} works with: its app, the model state as of its migration, and the
 * database (in the migration's transaction where the database has one).
 */
public final class MigrationContext {
    private final String app;
    private final ProjectState state;
    private final Database database;
    private final Map<String, HistoricalModel> models = new HashMap<>();

    MigrationContext(String app, ProjectState state, Database database) {
        this.app = app;
        this.state = state;
        this.database = database;
    }

    private static boolean isCovets(Database database) {
        try {
            return Covet.isSetup() && Covet.database(database.alias()) == database;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The label of the migration's app.
     *
     * @return the app label
     */
    public String app() {
        return app;
    }

    /**
     * The models as of this migration.
     *
     * @return the project state before the migration's Java step
     */
    public ProjectState state() {
        return state;
    }

    /**
     * The database the migration runs on (Django's {@code schema_editor.connection}).
     *
     * @return the database
     */
    public Database database() {
        return database;
    }

    /**
     * Model {@code name} (of this app, or {@code app.Model}) as it is at this migration. Its QuerySets run
     * on the migration's database, which must be one Covet is set up with (as it is for
     * {@code Covet.migrate()} and the {@code covet} command).
     *
     * @param name {@code Model} of this app, or {@code app.Model}
     * @return the historical model, the same one on every call with the same label
     * @throws IllegalStateException if the migration's database is not one Covet is set up with
     * @throws IllegalArgumentException if the state has no such model
     */
    public HistoricalModel model(String name) {
        String label = ProjectState.label(app, name);
        return models.computeIfAbsent(label, k -> {
            if (!isCovets(database)) {
                throw new IllegalStateException("Historical models run their queries through Covet, and the database of this "
                        + "migration ('" + database.alias() + "') is not one Covet is set up with; migrate with Covet.migrate() "
                        + "or Covet.migrations(alias)");
            }
            return new HistoricalModel(state.model(k), state, database.alias());
        });
    }
}
