package dev.covet.orm.migrate.state;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.ColumnDefault;

/**
 * One field of a {@link ModelState}: what the database needs to know of it, and nothing a migration
 * need not track (validators, help text, Java defaults). Immutable.
 *
 * @param name     the Java field name
 * @param type     the field annotation's name ({@code CharField}, {@code ForeignKey}, ...), see {@link FieldTypes}
 * @param column   the column (null for a many-to-many)
 * @param nullable whether the column allows NULL
 * @param unique   whether the column is unique on its own
 * @param dbIndex  whether the column has an index of its own
 * @param primaryKey whether the field is the primary key
 * @param maxLength the length of a sized field ({@code CharField}, ...), else 0
 * @param maxDigits a {@code DecimalField}'s precision, else 0
 * @param decimalPlaces a {@code DecimalField}'s scale, else 0
 * @param single   a {@code FloatField} holding a Java {@code float}
 * @param element  an {@code ArrayField}'s element storage ({@code INT}, {@code STRING}, ...), else null
 * @param relation the relation of a key or many-to-many, else null
 * @param dbDefault the database-side default, else null
 * @param custom   a {@code @Custom} field's type class name, else null
 * @param columnTypes a custom field's column types by dialect name (empty when it names none), else null
 */
public record FieldState(String name, String type, String column, boolean nullable, boolean unique, boolean dbIndex,
                         boolean primaryKey, int maxLength, int maxDigits, int decimalPlaces, boolean single,
                         String element, RelationState relation, ColumnDefault dbDefault, String custom,
                         java.util.Map<String, String> columnTypes) {

    /**
     * A built-in field's state (no custom type).
     *
     * @param name the Java field name
     * @param type the field annotation's name
     * @param column the column (null for a many-to-many)
     * @param nullable whether the column allows NULL
     * @param unique whether the column is unique on its own
     * @param dbIndex whether the column has an index of its own
     * @param primaryKey whether the field is the primary key
     * @param maxLength the length of a sized field ({@code CharField}, ...), else 0
     * @param maxDigits a {@code DecimalField}'s precision, else 0
     * @param decimalPlaces a {@code DecimalField}'s scale, else 0
     * @param single a {@code FloatField} holding a Java {@code float}
     * @param element an {@code ArrayField}'s element storage, else null
     * @param relation the relation of a key or many-to-many, else null
     * @param dbDefault the database-side default, else null
     */
    public FieldState(String name, String type, String column, boolean nullable, boolean unique, boolean dbIndex,
                      boolean primaryKey, int maxLength, int maxDigits, int decimalPlaces, boolean single,
                      String element, RelationState relation, ColumnDefault dbDefault) {
        this(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits, decimalPlaces, single, element,
                relation, dbDefault, null, null);
    }

    /**
     * A built-in field's state with no database default.
     *
     * @param name the Java field name
     * @param type the field annotation's name
     * @param column the column (null for a many-to-many)
     * @param nullable whether the column allows NULL
     * @param unique whether the column is unique on its own
     * @param dbIndex whether the column has an index of its own
     * @param primaryKey whether the field is the primary key
     * @param maxLength the length of a sized field ({@code CharField}, ...), else 0
     * @param maxDigits a {@code DecimalField}'s precision, else 0
     * @param decimalPlaces a {@code DecimalField}'s scale, else 0
     * @param single a {@code FloatField} holding a Java {@code float}
     * @param element an {@code ArrayField}'s element storage, else null
     * @param relation the relation of a key or many-to-many, else null
     */
    public FieldState(String name, String type, String column, boolean nullable, boolean unique, boolean dbIndex,
                      boolean primaryKey, int maxLength, int maxDigits, int decimalPlaces, boolean single,
                      String element, RelationState relation) {
        this(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits, decimalPlaces, single, element,
                relation, null);
    }

    /**
     * What kind of field this is, from its annotation's name.
     *
     * @return the kind
     */
    public FieldKind kind() {
        return FieldTypes.kind(type);
    }

    /**
     * Is this a many-to-many field (no column, a junction table)?
     *
     * @return true for a {@code ManyToManyField}
     */
    public boolean isManyToMany() {
        return kind() == FieldKind.MANY_TO_MANY;
    }

    /**
     * Does this field point at another model (a foreign key, one-to-one or many-to-many)?
     *
     * @return true when the field has a relation
     */
    public boolean isRelation() {
        return relation != null;
    }

    /**
     * Is this an auto-increment key ({@code AutoField}, {@code BigAutoField})?
     *
     * @return true for an auto-increment field
     */
    public boolean isAutoIncrement() {
        FieldKind k = kind();
        return k == FieldKind.AUTO || k == FieldKind.BIG_AUTO;
    }

    /**
     * This field under another Java name; the column stays.
     *
     * @param name the new name
     * @return the changed copy
     */
    public FieldState withName(String name) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    /**
     * This field on another column.
     *
     * @param column the new column name
     * @return the changed copy
     */
    public FieldState withColumn(String column) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    /**
     * This field with its column allowing NULL or not.
     *
     * @param nullable whether the column allows NULL
     * @return the changed copy
     */
    public FieldState withNullable(boolean nullable) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    /**
     * This field pointing elsewhere (a renamed model, a changed {@code on_delete}).
     *
     * @param relation the new relation
     * @return the changed copy
     */
    public FieldState withRelation(RelationState relation) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    /**
     * The same field apart from its Java name (a rename that keeps the column is not a change of the column).
     *
     * @param other the field to compare with
     * @return true when everything but the name is equal
     */
    public boolean sameDefinition(FieldState other) {
        return withName(other.name).equals(other);
    }
}
