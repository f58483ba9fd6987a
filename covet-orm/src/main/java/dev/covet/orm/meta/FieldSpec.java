package dev.covet.orm.meta;

import dev.covet.orm.field.FieldConverter;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.field.Validator;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** The mutable description of a field while its model is being registered. */
final class FieldSpec {
    String name;
    /** The database-side default, or null. */
    dev.covet.orm.meta.ColumnDefault dbDefault;
    String attname;
    String column;
    FieldKind kind;
    Storage storage;
    Class<?> javaType;
    Type genericType;
    boolean nullable;
    boolean blank;
    boolean unique;
    boolean dbIndex;
    boolean primaryKey;
    boolean editable = true;
    boolean sensitive;
    boolean autoCreated;
    List<Object> choices = new ArrayList<>();
    List<Validator<Object>> validators = new ArrayList<>();
    String helpText = "";
    String verboseName = "";
    int maxLength = -1;
    int minLength;
    Comparable<?> minValue;
    Comparable<?> maxValue;
    int maxDigits;
    int decimalPlaces;
    boolean autoNow;
    boolean autoNowAdd;
    boolean autoGenerate;
    Class<?> elementType;
    Storage elementStorage;
    int arraySize = -1;
    RelationInfo relation;
    FieldAccess access;
    FieldConverter converter = FieldConverter.IDENTITY;
    /** A {@code @Custom} field's type class name and column types by dialect name, else null. */
    String customType;
    /** A {@code @Custom} field's own validation, run before its listed validators. */
    Validator<Object> extraValidator;
    java.util.Map<String, String> customColumnTypes;
    /** The Java field this came from, for error messages and hiding rules. */
    java.lang.reflect.Field source;
}
