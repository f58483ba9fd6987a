package dev.covet.orm.query;

import dev.covet.orm.field.FieldKind.Storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A constant, always sent as a JDBC parameter. {@code storage} says how to bind it; it is
 * taken from the field a value is compared with, or guessed from the Java type. {@code sensitive}
 * values (of fields marked {@code sensitive}) are never written to logs.
 *
 * @param value     the Java value, canonical for its storage; null for NULL
 * @param storage   how to bind it, or null when unknown
 * @param sensitive keep it out of logs?
 */
public record Value(Object value, Storage storage, boolean sensitive) implements Expression {
    /**
     * {@code dbValue} as a statement parameter for {@code field}: bound by the field's storage, masked in
     * the SQL log when the field is sensitive.
     *
     * @param field the field the value belongs to
     * @param dbValue a canonical database value of that field
     * @return the parameter
     */
    public static Value of(dev.covet.orm.meta.FieldInfo field, Object dbValue) {
        return new Value(dbValue, field.storage(), field.isSensitive());
    }

    /**
     * A constant that may be logged.
     *
     * @param value   the Java value, canonical for its storage; null for NULL
     * @param storage how to bind it, or null when unknown
     */
    public Value(Object value, Storage storage) {
        this(value, storage, false);
    }

    /**
     * A constant of the given Java value (Django's {@code Value}).
     *
     * @param value the value; its storage is guessed from its Java type
     * @return the constant, sent as a parameter
     */
    public static Value of(Object value) {
        return new Value(value, storageOf(value));
    }

    /**
     * {@code other} itself if it is an expression, else a constant.
     *
     * @param other an expression or a Java value
     * @return the expression
     */
    public static Expression wrap(Object other) {
        if (other instanceof Expression e) {
            return e;
        }
        return of(other);
    }

    @Override
    public Expression resolve(Resolver query) {
        return this;
    }

    @Override
    public OutputType outputType() {
        return storage == null ? OutputType.ANY : OutputType.of(storage);
    }

    static Storage storageOf(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String) {
            return Storage.STRING;
        }
        if (v instanceof Integer) {
            return Storage.INT;
        }
        if (v instanceof Long) {
            return Storage.LONG;
        }
        if (v instanceof Short) {
            return Storage.SHORT;
        }
        if (v instanceof Float) {
            return Storage.FLOAT;
        }
        if (v instanceof Double) {
            return Storage.DOUBLE;
        }
        if (v instanceof BigDecimal) {
            return Storage.DECIMAL;
        }
        if (v instanceof Boolean) {
            return Storage.BOOLEAN;
        }
        if (v instanceof Instant) {
            return Storage.TIMESTAMP;
        }
        if (v instanceof LocalDate) {
            return Storage.DATE;
        }
        if (v instanceof LocalTime) {
            return Storage.TIME;
        }
        if (v instanceof UUID) {
            return Storage.UUID;
        }
        if (v instanceof byte[]) {
            return Storage.BYTES;
        }
        return null;
    }
}
