package dev.covet.orm.migrate.state;

import dev.covet.orm.field.FieldKind;

/** The column a field gets when {@code dbColumn} does not name one: as registration names it. */
public final class Naming {
    private Naming() {
    }

    /**
     * The column a field gets by default: its name in snake case, with {@code _id} for a relation.
     *
     * @param f the field
     * @return the column's name, or null for a many-to-many field
     */
    public static String column(FieldState f) {
        if (f.isManyToMany()) {
            return null;
        }
        return dev.covet.orm.meta.Naming.snakeCase(f.name()) + (f.kind() == FieldKind.RELATION ? "_id" : "");
    }
}
