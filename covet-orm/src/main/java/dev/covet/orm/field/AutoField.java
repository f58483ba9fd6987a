package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An auto-incrementing INTEGER primary key. Every model without a declared primary key gets
 * an {@code AutoField id}; declare one to name it differently or to make it 64-bit.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AutoField {
    /** The column name; defaults to the field name in snake_case. */
    String dbColumn() default "";

    /** Documentation for the field. */
    String helpText() default "";

    /** A human-readable name. */
    String verboseName() default "";
}
