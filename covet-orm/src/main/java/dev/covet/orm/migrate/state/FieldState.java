package dev.covet.orm.migrate.state;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.sql.ddl.ColumnDefault;

/**
 * One field of a {@link ModelState}: what the database needs to know of it, and nothing a migration
 * need not track (validators, help text, Java defaults). Immutable.
 *
 * @param name     the Java field name
 * @param type     the field annotation's name ({@code CharField}, {@code ForeignKey}, ...), see {@link FieldTypes}
 * @param column   the column (null for a many-to-many)
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

    /** A built-in field's state (no custom type). */
    public FieldState(String name, String type, String column, boolean nullable, boolean unique, boolean dbIndex,
                      boolean primaryKey, int maxLength, int maxDigits, int decimalPlaces, boolean single,
                      String element, RelationState relation, ColumnDefault dbDefault) {
        this(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits, decimalPlaces, single, element,
                relation, dbDefault, null, null);
    }

    public FieldState(String name, String type, String column, boolean nullable, boolean unique, boolean dbIndex,
                      boolean primaryKey, int maxLength, int maxDigits, int decimalPlaces, boolean single,
                      String element, RelationState relation) {
        this(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits, decimalPlaces, single, element,
                relation, null);
    }

    public FieldKind kind() {
        return FieldTypes.kind(type);
    }

    public boolean isManyToMany() {
        return kind() == FieldKind.MANY_TO_MANY;
    }

    public boolean isRelation() {
        return relation != null;
    }

    public boolean isAutoIncrement() {
        FieldKind k = kind();
        return k == FieldKind.AUTO || k == FieldKind.BIG_AUTO;
    }

    public FieldState withName(String name) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    public FieldState withColumn(String column) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    public FieldState withNullable(boolean nullable) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    public FieldState withRelation(RelationState relation) {
        return new FieldState(name, type, column, nullable, unique, dbIndex, primaryKey, maxLength, maxDigits,
                decimalPlaces, single, element, relation, dbDefault, custom, columnTypes);
    }

    /** The same field apart from its Java name (a rename that keeps the column is not a change of the column). */
    public boolean sameDefinition(FieldState other) {
        return withName(other.name).equals(other);
    }
}
