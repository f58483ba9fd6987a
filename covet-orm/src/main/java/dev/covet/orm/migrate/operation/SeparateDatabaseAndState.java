package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ProjectState;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes the state with one list of operations and the database with another, for changes the
 * database already has (or reaches another way) that the state must learn, and the reverse.
 *
 * @param database the operations run on the database only
 * @param state    the operations applied to the state only
 */
public record SeparateDatabaseAndState(List<Operation> database, List<Operation> state) implements Operation {
    /**
     * Copies the lists, so that the operation stays immutable.
     *
     * @param database the operations run on the database only
     * @param state    the operations applied to the state only
     */
    public SeparateDatabaseAndState {
        database = List.copyOf(database);
        state = List.copyOf(state);
    }

    @Override
    public String describe() {
        return "Custom state/database change combination";
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState s) {
        for (Operation op : state) {
            s = op.stateForwards(app, s);
        }
        return s;
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ProjectState s = c.from();
        for (Operation op : database) {
            ProjectState next = op.stateForwards(c.app(), s);
            op.databaseForwards(new SchemaContext(c.app(), s, next, c.editor(), c.database()));
            s = next;
        }
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        List<ProjectState> states = new ArrayList<>();
        ProjectState s = c.from();
        for (Operation op : database) {
            states.add(s);
            s = op.stateForwards(c.app(), s);
        }
        for (int i = database.size() - 1; i >= 0; i--) {
            ProjectState before = states.get(i);
            ProjectState after = database.get(i).stateForwards(c.app(), before);
            database.get(i).databaseBackwards(new SchemaContext(c.app(), before, after, c.editor(), c.database()));
        }
    }

    @Override
    public boolean reversible() {
        return database.stream().allMatch(Operation::reversible);
    }
}
