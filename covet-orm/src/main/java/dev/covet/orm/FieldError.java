package dev.covet.orm;

import java.util.Collection;

/**
 * A name given to a query (a lookup path, an ordering, a {@code values()} column,
 * an annotation alias) does not resolve against the model. The message names the
 * offending name and lists the valid choices.
 */
public class FieldError extends CovetException {
    /** Creates the error with {@code message}. */
    public FieldError(String message) {
        super(message);
    }

    /** {@code names} as a list; a null array or name is a FieldError naming {@code api}. */
    static java.util.List<String> checked(String api, String... names) {
        if (names == null) {
            throw new FieldError(api + "() needs field names, not null");
        }
        for (String n : names) {
            if (n == null) {
                throw new FieldError(api + "() got a null field name among " + java.util.Arrays.toString(names));
            }
        }
        return java.util.List.of(names);
    }

    /** "Cannot resolve keyword 'x' into field of Book. Choices are: a, b, c". */
    public static FieldError unknown(String name, String model, Collection<String> choices) {
        return new FieldError("Cannot resolve keyword '" + name + "' into field of " + model
                + ". Choices are: " + String.join(", ", choices.stream().sorted().toList()));
    }
}
