package dev.covet.orm;

import java.util.List;

/**
 * A delete was refused because rows point at what it would delete through a {@code RESTRICT} key and
 * are not themselves being deleted by a cascade of the same delete. {@link #restrictedObjects()} lists them.
 */
public class RestrictedError extends IntegrityError {
    /** The objects whose RESTRICT relations refused the delete. */
    private final List<Model> restrictedObjects;

    /** Creates the error. */
    public RestrictedError(String message, List<Model> restrictedObjects) {
        super(message, null);
        this.restrictedObjects = List.copyOf(restrictedObjects);
    }

    /** The objects whose RESTRICT relations refused the delete. */
    public List<Model> restrictedObjects() {
        return restrictedObjects;
    }
}
