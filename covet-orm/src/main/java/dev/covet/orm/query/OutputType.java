package dev.covet.orm.query;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;

/**
 * How a selected value comes back: its storage (which JDBC getter reads it) and, when it is a
 * model field's value, the field (whose converter turns it into the Java value).
 *
 * @param storage the storage the JDBC getter reads, or null for unknown ({@link #ANY})
 * @param field   the model field whose converter makes the Java value, or null
 * @param scale for decimal results that are not a field's (averages): the scale to round to, or -1
 */
public record OutputType(Storage storage, FieldInfo field, int scale) {
    /** A {@code Long}, not a field's. */
    public static final OutputType LONG = new OutputType(Storage.LONG, null, -1);
    /** An {@code Integer}, not a field's. */
    public static final OutputType INT = new OutputType(Storage.INT, null, -1);
    /** A {@code Double}, not a field's. */
    public static final OutputType DOUBLE = new OutputType(Storage.DOUBLE, null, -1);
    /** A {@code Boolean}, not a field's. */
    public static final OutputType BOOLEAN = new OutputType(Storage.BOOLEAN, null, -1);
    /** A {@code LocalDate}, not a field's. */
    public static final OutputType DATE = new OutputType(Storage.DATE, null, -1);
    /** A {@code String}, not a field's. */
    public static final OutputType STRING = new OutputType(Storage.STRING, null, -1);
    /** Unknown: read with {@code getObject}. */
    public static final OutputType ANY = new OutputType(null, null, -1);
    /** JSON text decoded into Java values ({@code Map}, {@code List}, strings, numbers); compared by identity. */
    public static final OutputType JSON_DECODED = new OutputType(Storage.JSON, null, -1);

    /**
     * The values of a model field.
     *
     * @param field the field
     * @return its storage, read through its converter
     */
    public static OutputType of(FieldInfo field) {
        return new OutputType(field.storage(), field, -1);
    }

    /**
     * Values of a storage, not a field's.
     *
     * @param storage the storage; null for unknown
     * @return the output type
     */
    public static OutputType of(Storage storage) {
        return new OutputType(storage, null, -1);
    }
}
