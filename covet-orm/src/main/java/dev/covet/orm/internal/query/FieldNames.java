package dev.covet.orm.internal.query;

import dev.covet.orm.exception.FieldError;

import java.util.Arrays;
import java.util.List;

/** The field names a QuerySet method was given, checked before they are used. Stateless; safe to call from any thread. */
public final class FieldNames {
    private FieldNames() {
    }

    /**
     * {@code names} as a list; a null array or name is a FieldError naming {@code api}.
     *
     * @param api the QuerySet method given the names, for the message
     * @param names the names
     * @return the names, unchanged
     * @throws dev.covet.orm.exception.FieldError for a null array or name
     */
    public static List<String> checked(String api, String... names) {
        if (names == null) {
            throw new FieldError(api + "() needs field names, not null");
        }
        for (String n : names) {
            if (n == null) {
                throw new FieldError(api + "() got a null field name among " + Arrays.toString(names));
            }
        }
        return List.of(names);
    }
}
