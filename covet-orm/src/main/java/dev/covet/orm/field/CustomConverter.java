package dev.covet.orm.field;

import dev.covet.orm.exception.ImproperlyConfigured;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@link FieldConverter} of a {@link Custom} field: calls its {@link FieldType} and checks that
 * {@code toDb} returns the Java type of the declared storage, naming the field when it does not.
 */
public final class CustomConverter implements FieldConverter {
    private static final Map<FieldKind.Storage, Class<?>> JAVA = new EnumMap<>(FieldKind.Storage.class);

    static {
        JAVA.put(FieldKind.Storage.STRING, String.class);
        JAVA.put(FieldKind.Storage.INT, Integer.class);
        JAVA.put(FieldKind.Storage.LONG, Long.class);
        JAVA.put(FieldKind.Storage.SHORT, Short.class);
        JAVA.put(FieldKind.Storage.DOUBLE, Double.class);
        JAVA.put(FieldKind.Storage.DECIMAL, BigDecimal.class);
        JAVA.put(FieldKind.Storage.BOOLEAN, Boolean.class);
        JAVA.put(FieldKind.Storage.DATE, LocalDate.class);
        JAVA.put(FieldKind.Storage.TIME, LocalTime.class);
        JAVA.put(FieldKind.Storage.BYTES, byte[].class);
        JAVA.put(FieldKind.Storage.UUID, UUID.class);
    }

    private final FieldType<Object> type;
    private final Class<?> stored;
    private final String field;

    /**
     * The converter of {@code type}, for the field named {@code field} (as {@code Model.field}) in errors.
     *
     * @param type the field's type, whose storage must be one {@link #supports}
     * @param field the field's name as {@code Model.field}, for error messages
     */
    @SuppressWarnings("unchecked")
    public CustomConverter(FieldType<?> type, String field) {
        this.type = (FieldType<Object>) type;
        this.stored = JAVA.get(type.storage());
        this.field = field;
    }

    /**
     * Can a custom type store {@code storage}?
     *
     * @param storage the storage a {@link FieldType} declares
     * @return false for {@code FLOAT}, {@code TIMESTAMP}, {@code JSON} and {@code ARRAY}
     */
    public static boolean supports(FieldKind.Storage storage) {
        return JAVA.containsKey(storage);
    }

    /** {@return the field type this converter calls} */
    public FieldType<?> type() {
        return type;
    }

    @Override
    public Object toDb(Object javaValue) {
        if (javaValue == null) {
            return null;
        }
        Object db = type.toDb(javaValue);
        if (db != null && !stored.isInstance(db)) {
            throw new ImproperlyConfigured("Field " + field + ": " + type.getClass().getName() + ".toDb returned a "
                    + db.getClass().getName() + ", but its storage " + type.storage() + " needs a " + stored.getName());
        }
        return db;
    }

    @Override
    public Object fromDb(Object dbValue) {
        return dbValue == null ? null : type.fromDb(dbValue);
    }
}
