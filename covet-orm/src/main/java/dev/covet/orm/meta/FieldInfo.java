package dev.covet.orm.meta;

import dev.covet.orm.field.FieldConverter;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.field.Validator;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything Covet knows about one field of a model: its names, column, kind, options,
 * relation, and how to read and write it on an instance. Built once when the model is
 * registered; immutable and thread-safe afterwards.
 */
public final class FieldInfo {
    private final ModelInfo<?> model;
    private final String name;
    private final String attname;
    private final String column;
    private final FieldKind kind;
    private final Storage ownStorage;
    private final Class<?> javaType;
    private final Type genericType;
    private final boolean nullable;
    private final boolean blank;
    private final boolean unique;
    private final boolean dbIndex;
    private final boolean primaryKey;
    private final boolean editable;
    private final boolean sensitive;
    private final boolean autoCreated;
    private final List<Object> choices;
    private final List<Validator<Object>> validators;
    private final String helpText;
    private final String verboseName;
    private final int maxLength;
    private final int minLength;
    private final Comparable<?> minValue;
    private final Comparable<?> maxValue;
    private final int maxDigits;
    private final int decimalPlaces;
    private final boolean autoNow;
    private final boolean autoNowAdd;
    private final boolean autoGenerate;
    private final Class<?> elementType;
    private final Storage elementStorage;
    private final int arraySize;
    private final RelationInfo relation;
    private final FieldAccess access;
    private final FieldConverter converter;
    private final String customType;
    private final java.util.Map<String, String> customColumnTypes;
    private final dev.covet.orm.meta.ColumnDefault dbDefault;

    FieldInfo(ModelInfo<?> model, FieldSpec s) {
        this.model = model;
        this.name = s.name;
        this.dbDefault = s.dbDefault;
        this.attname = s.attname == null ? s.name : s.attname;
        this.column = s.column;
        this.kind = s.kind;
        this.ownStorage = s.storage;
        this.javaType = s.javaType;
        this.genericType = s.genericType;
        this.nullable = s.nullable;
        this.blank = s.blank;
        this.unique = s.unique;
        this.dbIndex = s.dbIndex;
        this.primaryKey = s.primaryKey;
        this.editable = s.editable;
        this.sensitive = s.sensitive;
        this.autoCreated = s.autoCreated;
        this.choices = List.copyOf(s.choices);
        this.validators = List.copyOf(s.validators);
        this.helpText = s.helpText;
        this.verboseName = s.verboseName;
        this.maxLength = s.maxLength;
        this.minLength = s.minLength;
        this.minValue = s.minValue;
        this.maxValue = s.maxValue;
        this.maxDigits = s.maxDigits;
        this.decimalPlaces = s.decimalPlaces;
        this.autoNow = s.autoNow;
        this.autoNowAdd = s.autoNowAdd;
        this.autoGenerate = s.autoGenerate;
        this.elementType = s.elementType;
        this.elementStorage = s.elementStorage;
        this.arraySize = s.arraySize;
        this.relation = s.relation;
        this.access = s.access;
        this.converter = s.converter;
        this.customType = s.customType;
        this.customColumnTypes = s.customColumnTypes == null ? null : java.util.Map.copyOf(s.customColumnTypes);
    }

    /** {@return the model this field belongs to (whose table holds its column)} */
    public ModelInfo<?> model() {
        return model;
    }

    /** {@return the Java field name, used in lookups and ordering} */
    public String name() {
        return name;
    }

    /** {@return the name of the raw value: {@code authorId} for a foreign key {@code author}, else {@link #name()}} */
    public String attname() {
        return attname;
    }

    /** {@return the column name, or null for a many-to-many field} */
    public String column() {
        return column;
    }

    /** {@return the declared kind, one per field annotation} */
    public FieldKind kind() {
        return kind;
    }

    /** {@return the canonical value the column carries; a relation carries what its target field does} */
    public Storage storage() {
        if (ownStorage == null && relation != null && relation.isForward()) {
            return relation.targetField().storage();
        }
        return ownStorage;
    }

    /** {@return the declared Java type of the field ({@code Ref} for a foreign key)} */
    public Class<?> javaType() {
        return javaType;
    }

    /** {@return the declared generic type of the field, such as {@code List<String>} for a JSON or array field} */
    public Type genericType() {
        return genericType;
    }

    /** {@return whether the column may hold NULL (Django's {@code null})} */
    public boolean isNullable() {
        return nullable;
    }

    /** {@return whether the value may be empty when validated (Django's {@code blank})} */
    public boolean isBlank() {
        return blank;
    }

    /** {@return whether every row holds a different value: declared unique, or the primary key} */
    public boolean isUnique() {
        return unique || primaryKey;
    }

    /** {@return the database-side default ({@link dev.covet.orm.field.DbDefault}), or null} */
    public dev.covet.orm.meta.ColumnDefault dbDefault() {
        return dbDefault;
    }

    /** {@return whether the column gets an index of its own (Django's {@code db_index})} */
    public boolean hasDbIndex() {
        return dbIndex;
    }

    /** {@return whether this is the model's primary key} */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** {@return whether the field is set from outside (in {@code updateFromDict}, {@code fromDict})} */
    public boolean isEditable() {
        return editable;
    }

    /** {@return whether its values are secret, shown as {@code ***} in Covet's SQL log} */
    public boolean isSensitive() {
        return sensitive;
    }

    /** {@return whether the field was added by Covet (the automatic {@code id})} */
    public boolean isAutoCreated() {
        return autoCreated;
    }

    /** {@return whether the database assigns the value (an auto-increment key)} */
    public boolean isAutoIncrement() {
        return kind == FieldKind.AUTO || kind == FieldKind.BIG_AUTO;
    }

    /** {@return whether the field has a column (every field but a many-to-many)} */
    public boolean hasColumn() {
        return column != null;
    }

    /** {@return the only values allowed, canonical each (Django's {@code choices}); empty for any} */
    public List<Object> choices() {
        return choices;
    }

    /** {@return the validators {@code fullClean()} runs on a non-null value} */
    public List<Validator<Object>> validators() {
        return validators;
    }

    /** {@return documentation for the field (Django's {@code help_text})} */
    public String helpText() {
        return helpText;
    }

    /** {@return a human-readable name (Django's {@code verbose_name})} */
    public String verboseName() {
        return verboseName;
    }

    /** {@return the maximum length (characters, bytes for binary), or -1} */
    public int maxLength() {
        return maxLength;
    }

    /** {@return the minimum number of characters, checked by validation; 0 for none} */
    public int minLength() {
        return minLength;
    }

    /** {@return the smallest allowed value (Long, Double or BigDecimal), or null} */
    public Comparable<?> minValue() {
        return minValue;
    }

    /** {@return the largest allowed value (Long, Double or BigDecimal), or null} */
    public Comparable<?> maxValue() {
        return maxValue;
    }

    /** {@return the total number of digits of a decimal field (Django's {@code max_digits})} */
    public int maxDigits() {
        return maxDigits;
    }

    /** {@return the digits after the point of a decimal field (Django's {@code decimal_places})} */
    public int decimalPlaces() {
        return decimalPlaces;
    }

    /** {@return whether the field is set to the current time on every save (Django's {@code auto_now})} */
    public boolean isAutoNow() {
        return autoNow;
    }

    /** {@return whether the field is set to the current time on the first insert (Django's {@code auto_now_add})} */
    public boolean isAutoNowAdd() {
        return autoNowAdd;
    }

    /** {@return whether a UUID field is filled with a random UUID when inserted without one} */
    public boolean isAutoGenerate() {
        return autoGenerate;
    }

    /** {@return the enum class of an enum field, or the element class of an array field} */
    public Class<?> elementType() {
        return elementType;
    }

    /** {@return the storage of an array field's elements} */
    public Storage elementStorage() {
        return elementStorage;
    }

    /** {@return an array field's maximum number of elements, or -1 for none} */
    public int arraySize() {
        return arraySize;
    }

    /** {@return the relation this field holds, or null} */
    public RelationInfo relation() {
        return relation;
    }

    /** {@return whether the field holds a relation (a foreign key, one-to-one or many-to-many)} */
    public boolean isRelation() {
        return relation != null;
    }

    /** {@return the class name of a {@code @Custom} field's {@link dev.covet.orm.field.FieldType}, else null} */
    public String customType() {
        return customType;
    }

    /** {@return a {@code @Custom} field's column types by dialect name (those its type names), else null} */
    public java.util.Map<String, String> customColumnTypes() {
        return customColumnTypes;
    }

    /** {@return what converts between the Java value and the canonical database value} */
    public FieldConverter converter() {
        return converter;
    }

    /**
     * The field's Java value on {@code instance} (a {@code Ref} for a foreign key).
     *
     * @param instance a model instance of this field's model
     * @return the value as the Java field holds it
     */
    public Object value(Entity instance) {
        return access.get(instance);
    }

    /**
     * Sets the field's Java value on {@code instance}.
     *
     * @param instance a model instance of this field's model
     * @param value the value, of the field's Java type
     */
    public void setValue(Entity instance, Object value) {
        access.set(instance, value);
    }

    /**
     * The canonical database value of this field on {@code instance} (the key for a foreign key).
     *
     * @param instance a model instance of this field's model
     * @return the value as it travels to JDBC
     */
    public Object dbValue(Entity instance) {
        return access.getDb(instance, converter);
    }

    /**
     * Sets the field from a canonical database value.
     *
     * @param instance a model instance of this field's model
     * @param dbValue the canonical value, as read from JDBC
     */
    public void setDbValue(Entity instance, Object dbValue) {
        access.setDb(instance, dbValue, converter);
    }

    FieldAccess access() {
        return access;
    }

    /** Is a BigDecimal bound (used by validation) rather than a Long or Double? */
    boolean hasDecimalBounds() {
        return minValue instanceof BigDecimal || maxValue instanceof BigDecimal;
    }

    @Override
    public String toString() {
        return (model == null ? "?" : model.name()) + "." + name;
    }
}
