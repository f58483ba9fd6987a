package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.Custom;
import dev.covet.orm.field.CustomConverter;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.field.FieldType;
import dev.covet.orm.field.Validator;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Reads a {@link Custom} field: instantiates its type, picks the kind its storage maps onto, records column types. */
final class CustomFields {
    /** The dialect names a type is asked for its column type (MariaDB and MySQL share {@code mysql}). */
    static final List<String> DIALECTS = List.of("sqlite", "postgresql", "mysql");
    /** A column type a type may name: a word or words, with optional sizes: {@code NUMERIC(12,2)}, {@code DOUBLE PRECISION}. */
    private static final Pattern COLUMN_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*( [A-Za-z][A-Za-z0-9_]*)*( ?\\(\\d+( ?, ?\\d+)?\\))?");

    private CustomFields() {
    }

    @SuppressWarnings("unchecked")
    static void read(Field field, FieldSpec s, Custom custom, BiFunction<Field, String, ImproperlyConfigured> error) {
        Class<? extends FieldType<?>> c = custom.value();
        FieldType<?> type;
        try {
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            type = ctor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw error.apply(field, "names field type " + c.getName() + ", which cannot be instantiated (it needs a public "
                    + "no-argument constructor): " + (e.getCause() != null ? e.getCause() : e));
        }
        Class<?> javaType = type.javaType();
        if (javaType == null || !boxed(field.getType()).isAssignableFrom(javaType) && !javaType.isAssignableFrom(boxed(field.getType()))) {
            throw error.apply(field, "is declared as " + field.getType().getSimpleName() + ", but its field type "
                    + c.getSimpleName() + " holds " + (javaType == null ? "null" : javaType.getSimpleName()));
        }
        Storage storage = type.storage();
        if (storage == null || !CustomConverter.supports(storage)) {
            throw error.apply(field, "has field type " + c.getSimpleName() + " with storage " + storage
                    + ", which a custom type cannot use");
        }
        s.storage = storage;
        s.kind = kind(storage, custom.maxLength());
        if (s.kind == FieldKind.DECIMAL) {
            s.maxDigits = custom.maxDigits();
            s.decimalPlaces = custom.decimalPlaces();
            if (s.maxDigits < 1 || s.decimalPlaces < 0 || s.decimalPlaces > s.maxDigits) {
                throw error.apply(field, "needs 1 <= maxDigits and 0 <= decimalPlaces <= maxDigits (got "
                        + s.maxDigits + ", " + s.decimalPlaces + ")");
            }
        }
        String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
        s.converter = new CustomConverter(type, name);
        s.customType = c.getName();
        Map<String, String> columns = new TreeMap<>();
        for (String dialect : DIALECTS) {
            String sql = type.columnType(dialect);
            if (sql != null) {
                if (!COLUMN_TYPE.matcher(sql.strip()).matches()) {
                    throw error.apply(field, "has field type " + c.getSimpleName() + " whose column type on " + dialect
                            + " is '" + sql + "'; give a type name with optional sizes, such as NUMERIC(12,2)");
                }
                columns.put(dialect, sql.strip());
            }
        }
        s.customColumnTypes = columns;
        FieldType<Object> checked = (FieldType<Object>) type;
        s.extraValidator = (Validator<Object>) checked::validate;
    }

    private static FieldKind kind(Storage storage, int maxLength) {
        return switch (storage) {
            case STRING -> maxLength > 0 ? FieldKind.CHAR : FieldKind.TEXT;
            case INT -> FieldKind.INTEGER;
            case LONG -> FieldKind.BIG_INTEGER;
            case SHORT -> FieldKind.SMALL_INTEGER;
            case DOUBLE, FLOAT -> FieldKind.FLOAT;
            case DECIMAL -> FieldKind.DECIMAL;
            case BOOLEAN -> FieldKind.BOOLEAN;
            case DATE -> FieldKind.DATE;
            case TIME -> FieldKind.TIME;
            case BYTES -> FieldKind.BINARY;
            case UUID -> FieldKind.UUID;
            default -> throw new IllegalArgumentException(storage.name());
        };
    }

    private static Class<?> boxed(Class<?> t) {
        return t.isPrimitive() ? java.lang.invoke.MethodType.methodType(t).wrap().returnType() : t;
    }
}
