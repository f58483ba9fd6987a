package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ProjectState;

/**
 * One step of a migration (Django's {@code Operation}): how it changes the model state, and how it
 * changes the database forwards and backwards. Operations are immutable values, read from and written
 * to migration files by {@link OperationJson}.
 */
public interface Operation {
    /** A line for people: {@code Add field isbn to Book}. */
    String describe();

    /** The state after this operation, given the state before it; a bad reference fails with the choices. */
    ProjectState stateForwards(String app, ProjectState state);

    /** Changes the database from {@code c.from()} to {@code c.to()}. */
    void databaseForwards(SchemaContext c);

    /** Changes the database back from {@code c.to()} to {@code c.from()}. */
    void databaseBackwards(SchemaContext c);

    /** Can it run backwards? */
    default boolean reversible() {
        return true;
    }

    /** Does it change the database (not only the state)? */
    default boolean touchesDatabase() {
        return true;
    }
}
