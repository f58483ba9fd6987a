package dev.covet.orm.exception;

import java.util.List;

/**
 * A delete was refused because rows point at what it would delete through a {@code RESTRICT} key and
 * are not themselves being deleted by a cascade of the same delete. {@link #restrictedObjects()} lists them.
 */
public class RestrictedError extends IntegrityError {
    /** The objects whose RESTRICT relations refused the delete. */
    private final List<Object> restrictedObjects;

    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param restrictedObjects the model instances whose {@code RESTRICT} keys refused the delete
     */
    public RestrictedError(String message, List<?> restrictedObjects) {
        super(message, null);
        this.restrictedObjects = List.<Object>copyOf(restrictedObjects);
    }

    /**
     * The objects whose RESTRICT relations refused the delete (model instances).
     *
     * @return the restricting model instances, unmodifiable
     */
    public List<Object> restrictedObjects() {
        return restrictedObjects;
    }
}
