package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A database-side default for a field (Django 5.0's {@code db_default}): the column is declared with
 * {@code DEFAULT ...}, and a save that leaves the field null lets the database fill it and reads the
 * value back. Either a constant, written as the field's type reads it, or {@code now} for the database's
 * current UTC time ({@code Now()}) on a datetime field.
 *
 * <pre>{@code
 * @DbDefault("draft") @CharField(maxLength = 20) public String status;
 * @DbDefault(now = true) @DateTimeField public Instant createdAt;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DbDefault {
    /**
     * {@return the constant ({@code "0"}, {@code "draft"}, {@code "true"}, {@code "2024-01-01"},
     * {@code "2024-01-01T00:00:00Z"})}
     */
    String value() default "";

    /** {@return whether the default is the database's current UTC time instead of a constant} */
    boolean now() default false;
}
