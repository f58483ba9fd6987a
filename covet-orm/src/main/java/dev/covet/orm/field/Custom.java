package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a user-defined {@link FieldType}: {@code @Custom(MoneyType.class) public Money price;}.
 * A {@code STRING} type with a {@link #maxLength()} becomes a {@code VARCHAR(n)} column (else
 * {@code TEXT}); a {@code DECIMAL} type takes {@link #maxDigits()} and {@link #decimalPlaces()};
 * the type's {@link FieldType#columnType(String)} overrides the column type per database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Custom {
    /** {@return the field type; it needs a no-argument constructor} */
    Class<? extends FieldType<?>> value();

    /** {@return the maximum number of characters of a {@code STRING} type, or -1 for unbounded text} */
    int maxLength() default -1;

    /** {@return the total digits of a {@code DECIMAL} type} */
    int maxDigits() default 10;

    /** {@return the digits after the point of a {@code DECIMAL} type} */
    int decimalPlaces() default 2;

    /** {@return whether the column may hold NULL (Django's {@code null})} */
    boolean nullable() default false;

    /** {@return whether the value may be empty when validated (Django's {@code blank})} */
    boolean blank() default false;

    /** {@return whether every row must hold a different value (Django's {@code unique})} */
    boolean unique() default false;

    /** {@return whether to create an index on the column (Django's {@code db_index})} */
    boolean dbIndex() default false;

    /** {@return the column name (Django's {@code db_column}); empty means the field name in snake_case} */
    String dbColumn() default "";

    /** {@return the validators run by {@code fullClean()} after the type's own {@link FieldType#validate}} */
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

    /** {@return whether the values are secret; Covet's SQL log then shows them as {@code ***}} */
    boolean sensitive() default false;
}
