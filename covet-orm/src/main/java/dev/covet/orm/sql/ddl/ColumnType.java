package dev.covet.orm.sql.ddl;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;

import java.util.Map;

/**
 * What a dialect needs to know to name a column's type, apart from any live model class: the field
 * kind and its sizes. A column that holds another table's auto-increment key is a
 * {@link #autoKeyReference} of that key's kind. Immutable.
 *
 * @param kind           the field kind ({@code CHAR}, {@code DECIMAL}, {@code AUTO}, ...)
 * @param storage        the Java value the column carries (tells a {@code float} from a {@code double})
 * @param elementStorage the element of an array column, else null
 * @param maxLength      a sized column's length, else 0
 * @param maxDigits      a decimal column's precision, else 0
 * @param decimalPlaces  a decimal column's scale, else 0
 * @param autoKeyReference whether the column holds another table's auto-increment key (a plain integer)
 * @param custom         a custom field type's column types by dialect name, else null
 */
public record ColumnType(FieldKind kind, Storage storage, Storage elementStorage, int maxLength, int maxDigits,
                         int decimalPlaces, boolean autoKeyReference, Map<String, String> custom) {

    /**
     * A type with no custom column types (a built-in field's).
     *
     * @param kind           the field kind
     * @param storage        the Java value the column carries
     * @param elementStorage the element of an array column, else null
     * @param maxLength      a sized column's length, else 0
     * @param maxDigits      a decimal column's precision, else 0
     * @param decimalPlaces  a decimal column's scale, else 0
     * @param autoKeyReference whether the column holds another table's auto-increment key
     */
    public ColumnType(FieldKind kind, Storage storage, Storage elementStorage, int maxLength, int maxDigits,
                      int decimalPlaces, boolean autoKeyReference) {
        this(kind, storage, elementStorage, maxLength, maxDigits, decimalPlaces, autoKeyReference, null);
    }

    /**
     * The column type a custom field type names for {@code dialect}, else null (the kind's usual type).
     *
     * @param dialect the dialect's name ({@code sqlite}, {@code postgresql}, {@code mysql})
     * @return the custom type, or null
     */
    public String customFor(String dialect) {
        return custom == null ? null : custom.get(dialect);
    }

    /**
     * The type of {@code field}'s own column; a relation takes the type of the key it points at.
     *
     * @param field a model field with a column
     * @return the column's type
     */
    public static ColumnType of(FieldInfo field) {
        if (field.kind() == FieldKind.RELATION) {
            return keyOf(field.relation().targetField());
        }
        return own(field);
    }

    /**
     * The type of a column that holds values of {@code target} (a foreign key, a junction key).
     *
     * @param target the field the column points at
     * @return the key column's type (an auto-increment key becomes a key reference)
     */
    public static ColumnType keyOf(FieldInfo target) {
        if (target.kind() == FieldKind.RELATION) {
            return keyOf(target.relation().targetField());
        }
        ColumnType own = own(target);
        return target.isAutoIncrement() ? own.asKeyReference() : own;
    }

    private static ColumnType own(FieldInfo f) {
        return new ColumnType(f.kind(), f.storage(), f.elementStorage(), f.maxLength(), f.maxDigits(), f.decimalPlaces(), false,
                f.customColumnTypes());
    }

    /**
     * This type as seen from a column that points at it: an auto-increment key becomes a plain integer.
     *
     * @return the key reference type, or this type when it is not an auto-increment key
     */
    public ColumnType asKeyReference() {
        boolean auto = kind == FieldKind.AUTO || kind == FieldKind.BIG_AUTO;
        return auto ? new ColumnType(kind, storage, elementStorage, maxLength, maxDigits, decimalPlaces, true, custom) : this;
    }
}
