package dev.covet.orm;

import dev.covet.orm.exception.FieldError;

import java.util.Arrays;
import java.util.List;

/** The field names a QuerySet method was given, checked before they are used. */
final class FieldNames {
    private FieldNames() {
    }

    /** {@code names} as a list; a null array or name is a FieldError naming {@code api}. */
    static List<String> checked(String api, String... names) {
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
