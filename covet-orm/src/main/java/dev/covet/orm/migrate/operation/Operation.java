package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ProjectState;

/**
 * One step of a migration (Django's {@code Operation}): how it changes the model state, and how it
 * changes the database forwards and backwards. Operations are immutable values, read from and written
 * to migration files by {@link OperationJson}.
 */
public interface Operation {
    /**
     * A line for people: {@code Add field isbn to Book}.
     *
     * @return the description
     */
    String describe();

    /**
     * The state after this operation, given the state before it; a bad reference fails with the choices.
     *
     * @param app the label of the migration's app, for model references without one
     * @param state the project state before the operation
     * @return the project state after it
     * @throws IllegalArgumentException if the operation names a model or field the state does not have
     */
    ProjectState stateForwards(String app, ProjectState state);

    /**
     * Changes the database from {@code c.from()} to {@code c.to()}.
     *
     * @param c the states, the editor and the database
     */
    void databaseForwards(SchemaContext c);

    /**
     * Changes the database back from {@code c.to()} to {@code c.from()}.
     *
     * @param c the states (as they are forwards), the editor and the database
     */
    void databaseBackwards(SchemaContext c);

    /**
     * Can it run backwards?
     *
     * @return true unless the operation cannot be undone (default true)
     */
    default boolean reversible() {
        return true;
    }

    /**
     * Does it change the database (not only the state)?
     *
     * @return true unless it changes only the state (default true)
     */
    default boolean touchesDatabase() {
        return true;
    }
}
