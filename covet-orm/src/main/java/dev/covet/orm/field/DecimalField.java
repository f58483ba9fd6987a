package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fixed-point number held in a {@link java.math.BigDecimal}: {@code DECIMAL(maxDigits, decimalPlaces)}
 * on PostgreSQL and MySQL, {@code REAL} on SQLite (exact up to 15 significant digits). Values read
 * back with exactly {@link #decimalPlaces()} digits after the point.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DecimalField {
    /** {@return the total number of digits (Django's {@code max_digits})} */
    int maxDigits() default 10;

    /** {@return the digits after the decimal point (Django's {@code decimal_places})} */
    int decimalPlaces() default 2;

    /** {@return the smallest value allowed, as text (for example {@code "0.00"}); empty for none} */
    String minValue() default "";

    /** {@return the largest value allowed, as text; empty for none} */
    String maxValue() default "";

    /** {@return whether the column may hold NULL (Django's {@code null}); a primitive Java field never may} */
    boolean nullable() default false;

    /**
     * {@return whether the value may be empty ({@code ""}, an empty collection or null) when validated
     * (Django's {@code blank})}
     */
    boolean blank() default false;

    /** {@return whether every row must hold a different value (Django's {@code unique})} */
    boolean unique() default false;

    /** {@return whether to create an index on the column (Django's {@code db_index})} */
    boolean dbIndex() default false;

    /** {@return the column name (Django's {@code db_column}); empty means the field name in snake_case} */
    String dbColumn() default "";

    /** {@return whether this is the primary key (instead of the automatic {@code id})} */
    boolean primaryKey() default false;

    /** {@return the only values allowed (Django's {@code choices}), written as text and converted to the field's type} */
    String[] choices() default {};

    /** {@return the validators run by {@code fullClean()}; each class needs a no-argument constructor} */
    Class<? extends Validator<?>>[] validators() default {};

    /** {@return documentation for the field (Django's {@code help_text})} */
    String helpText() default "";

    /** {@return a human-readable name (Django's {@code verbose_name}); empty means the field name split into words} */
    String verboseName() default "";

    /**
     * {@return whether the field is set from outside (in {@code updateFromDict}, {@code fromDict}); Django's
     * {@code editable}}
     */
    boolean editable() default true;

    /** {@return whether the values are secret (passwords, tokens); Covet's SQL log then shows them as {@code ***}} */
    boolean sensitive() default false;
}
