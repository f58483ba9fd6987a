package dev.covet.orm.migrate.operation;

import dev.covet.orm.field.Coercion;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.ddl.ColumnDef;

/** One-off values for existing rows, as the parameter their column takes. */
final class Fills {
    private Fills() {
    }

    /**
     * The value a NOT NULL column brought back by unapplying its removal gets in existing rows: its
     * data is gone, so the type's empty value (0, false, empty text); null where a type has none.
     */
    static Object zero(ColumnDef column) {
        return switch (column.type().storage() == null ? Storage.STRING : column.type().storage()) {
            case STRING -> "";
            case INT, LONG, SHORT, FLOAT, DOUBLE, DECIMAL -> 0;
            case BOOLEAN -> false;
            case JSON -> "{}";
            default -> null;
        };
    }

    /** {@code fill} (as a migration file holds it: text, a number, a boolean) as a value of {@code column}, or null. */
    static Value value(Object fill, ColumnDef column) {
        if (fill == null) {
            return null;
        }
        Storage storage = column.type().storage();
        try {
            return new Value(Coercion.canonical(storage, fill, null, column.type().elementStorage()), storage);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The one-off value " + fill + " for column " + column.name()
                    + " does not fit its type: " + e.getMessage(), e);
        }
    }
}
