package dev.covet.orm.path;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.Naming;

/** Checks the names a path is built from; the query resolves them against the model as for any string. */
final class PathNames {
    private PathNames() {
    }

    static String check(String lookup) {
        if (lookup == null || lookup.isEmpty()) {
            throw new FieldError("A path needs a field name");
        }
        for (String part : lookup.split("__", -1)) {
            if (!Naming.isIdentifier(part)) {
                throw new FieldError("Path '" + lookup + "' is not a chain of field names joined by '__'");
            }
        }
        return lookup;
    }
}
