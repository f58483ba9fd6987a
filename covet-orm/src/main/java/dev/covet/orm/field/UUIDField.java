package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link java.util.UUID}: {@code UUID} on PostgreSQL, {@code CHAR(36)} on MySQL, text on SQLite.
 *
 * <pre>{@code @UUIDField(primaryKey = true) public UUID id = UUID.randomUUID();}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface UUIDField {
    /** {@return whether to fill in a random UUID when the row is inserted without one} */
    boolean autoGenerate() default false;

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
