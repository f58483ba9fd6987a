package dev.covet.orm.exception;

import java.util.List;

/**
 * A delete was refused because rows point at what it would delete through a {@code PROTECT} key.
 * {@link #protectedObjects()} lists them.
 */
public class ProtectedError extends IntegrityError {
    /** The objects whose PROTECT relations refused the delete. */
    private final List<Object> protectedObjects;

    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param protectedObjects the model instances whose {@code PROTECT} keys refused the delete
     */
    public ProtectedError(String message, List<?> protectedObjects) {
        super(message, null);
        this.protectedObjects = List.<Object>copyOf(protectedObjects);
    }

    /**
     * The objects whose PROTECT relations refused the delete (model instances).
     *
     * @return the protecting model instances, unmodifiable
     */
    public List<Object> protectedObjects() {
        return protectedObjects;
    }
}
