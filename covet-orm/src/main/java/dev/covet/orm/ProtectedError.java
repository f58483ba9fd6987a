package dev.covet.orm;

import java.util.List;

/**
 * A delete was refused because rows point at what it would delete through a {@code PROTECT} key.
 * {@link #protectedObjects()} lists them.
 */
public class ProtectedError extends IntegrityError {
    /** The objects whose PROTECT relations refused the delete. */
    private final List<Model> protectedObjects;

    /** Creates the error. */
    public ProtectedError(String message, List<Model> protectedObjects) {
        super(message, null);
        this.protectedObjects = List.copyOf(protectedObjects);
    }

    /** The objects whose PROTECT relations refused the delete. */
    public List<Model> protectedObjects() {
        return protectedObjects;
    }
}
