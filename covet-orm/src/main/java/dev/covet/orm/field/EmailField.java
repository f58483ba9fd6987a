package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An email address, checked by validation: {@code VARCHAR(254)} ({@code TEXT} on SQLite).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface EmailField {
    /** The maximum number of characters. */
    int maxLength() default 254;

    /** The minimum number of characters, checked by validation. */
    int minLength() default 0;

    /** May the column hold NULL (Django's {@code null})? A primitive Java field never may. */
    boolean nullable() default false;

    /** May the value be empty ({@code ""}, an empty collection or null) when validated? */
    boolean blank() default false;

    /** Must every row hold a different value? */
    boolean unique() default false;

    /** Create an index on the column? */
    boolean dbIndex() default false;

    /** The column name; defaults to the field name in snake_case. */
    String dbColumn() default "";

    /** Is this the primary key (instead of the automatic {@code id})? */
    boolean primaryKey() default false;

    /** The only values allowed, written as text and converted to the field's type. */
    String[] choices() default {};

    /** Validators run by {@code fullClean()}; each class needs a no-argument constructor. */
    Class<? extends Validator<?>>[] validators() default {};

    /** Documentation for the field. */
    String helpText() default "";

    /** A human-readable name; defaults to the field name split into words. */
    String verboseName() default "";

    /** Is the field set from outside (in {@code updateFromDict}, {@code fromDict})? */
    boolean editable() default true;

    /** Are the values secret (passwords, tokens)? Covet's SQL log then shows them as {@code ***}. */
    boolean sensitive() default false;
}
