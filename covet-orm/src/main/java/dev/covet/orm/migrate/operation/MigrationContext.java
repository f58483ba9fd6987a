package dev.covet.orm.migrate.operation;

import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.state.ProjectState;

/**
 * What a {@link JavaMigration} works with: its app, the model state as of its migration, and the
 * database (in the migration's transaction where the database has one).
 */
public final class MigrationContext {
    private final String app;
    private final ProjectState state;
    private final Database database;

    MigrationContext(String app, ProjectState state, Database database) {
        this.app = app;
        this.state = state;
        this.database = database;
    }

    public String app() {
        return app;
    }

    /** The models as of this migration. */
    public ProjectState state() {
        return state;
    }

    public Database database() {
        return database;
    }
}
