package dev.covet.orm.meta;

import dev.covet.orm.Model;
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
    private final dev.covet.orm.sql.ddl.ColumnDefault dbDefault;

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

    /** The model this field belongs to (whose table holds its column). */
    public ModelInfo<?> model() {
        return model;
    }

    /** The Java field name, used in lookups and ordering. */
    public String name() {
        return name;
    }

    /** The name of the raw value: {@code authorId} for a foreign key {@code author}, else {@link #name()}. */
    public String attname() {
        return attname;
    }

    /** The column name, or null for a many-to-many field. */
    public String column() {
        return column;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The canonical value the column carries; a relation carries what its target field does. */
    public Storage storage() {
        if (ownStorage == null && relation != null && relation.isForward()) {
            return relation.targetField().storage();
        }
        return ownStorage;
    }

    /** The declared Java type of the field ({@code Ref} for a foreign key). */
    public Class<?> javaType() {
        return javaType;
    }

    public Type genericType() {
        return genericType;
    }

    public boolean isNullable() {
        return nullable;
    }

    public boolean isBlank() {
        return blank;
    }

    public boolean isUnique() {
        return unique || primaryKey;
    }

    /** The database-side default ({@link dev.covet.orm.field.DbDefault}), or null. */
    public dev.covet.orm.sql.ddl.ColumnDefault dbDefault() {
        return dbDefault;
    }

    public boolean hasDbIndex() {
        return dbIndex;
    }

    public boolean isPrimaryKey() {
        return primaryKey;
    }

    public boolean isEditable() {
        return editable;
    }

    /** Are its values secret, shown as {@code ***} in Covet's SQL log? */
    public boolean isSensitive() {
        return sensitive;
    }

    /** {@code dbValue} as a statement parameter, bound by this field's storage. */
    public dev.covet.orm.query.Value param(Object dbValue) {
        return new dev.covet.orm.query.Value(dbValue, storage(), sensitive);
    }

    /** Was the field added by Covet (the automatic {@code id})? */
    public boolean isAutoCreated() {
        return autoCreated;
    }

    /** Does the database assign the value (an auto-increment key)? */
    public boolean isAutoIncrement() {
        return kind == FieldKind.AUTO || kind == FieldKind.BIG_AUTO;
    }

    /** Does the field have a column (every field but a many-to-many)? */
    public boolean hasColumn() {
        return column != null;
    }

    public List<Object> choices() {
        return choices;
    }

    public List<Validator<Object>> validators() {
        return validators;
    }

    public String helpText() {
        return helpText;
    }

    public String verboseName() {
        return verboseName;
    }

    /** Maximum length (characters, bytes for binary), or -1. */
    public int maxLength() {
        return maxLength;
    }

    public int minLength() {
        return minLength;
    }

    /** The smallest allowed value (Long, Double or BigDecimal), or null. */
    public Comparable<?> minValue() {
        return minValue;
    }

    /** The largest allowed value (Long, Double or BigDecimal), or null. */
    public Comparable<?> maxValue() {
        return maxValue;
    }

    public int maxDigits() {
        return maxDigits;
    }

    public int decimalPlaces() {
        return decimalPlaces;
    }

    public boolean isAutoNow() {
        return autoNow;
    }

    public boolean isAutoNowAdd() {
        return autoNowAdd;
    }

    public boolean isAutoGenerate() {
        return autoGenerate;
    }

    /** The enum class of an enum field, or the element class of an array field. */
    public Class<?> elementType() {
        return elementType;
    }

    /** The storage of an array field's elements. */
    public Storage elementStorage() {
        return elementStorage;
    }

    public int arraySize() {
        return arraySize;
    }

    /** The relation this field holds, or null. */
    public RelationInfo relation() {
        return relation;
    }

    public boolean isRelation() {
        return relation != null;
    }

    /** Converts between the Java value and the canonical database value. */
    /** The class name of a {@code @Custom} field's {@link dev.covet.orm.field.FieldType}, else null. */
    public String customType() {
        return customType;
    }

    /** A {@code @Custom} field's column types by dialect name (those its type names), else null. */
    public java.util.Map<String, String> customColumnTypes() {
        return customColumnTypes;
    }

    public FieldConverter converter() {
        return converter;
    }

    /** The field's Java value on {@code instance} (a {@code Ref} for a foreign key). */
    public Object value(Model instance) {
        return access.get(instance);
    }

    /** Sets the field's Java value on {@code instance}. */
    public void setValue(Model instance, Object value) {
        access.set(instance, value);
    }

    /** The canonical database value of this field on {@code instance} (the key for a foreign key). */
    public Object dbValue(Model instance) {
        return access.getDb(instance, converter);
    }

    /** Sets the field from a canonical database value. */
    public void setDbValue(Model instance, Object dbValue) {
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
