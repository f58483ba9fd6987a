package dev.covet.orm.exception;

import java.util.Collection;

/**
 * A name given to a query (a lookup path, an ordering, a {@code values()} column,
 * an annotation alias) does not resolve against the model. The message names the
 * offending name and lists the valid choices.
 */
public class FieldError extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, shown as its message
     */
    public FieldError(String message) {
        super(message);
    }

    /**
     * "Cannot resolve keyword 'x' into field of Book. Choices are: a, b, c".
     *
     * @param name the name that did not resolve
     * @param model the name of the model it was resolved against
     * @param choices the names that would have resolved, listed sorted in the message
     * @return the error, for the caller to throw
     */
    public static FieldError unknown(String name, String model, Collection<String> choices) {
        return new FieldError("Cannot resolve keyword '" + name + "' into field of " + model
                + ". Choices are: " + String.join(", ", choices.stream().sorted().toList()));
    }
}
