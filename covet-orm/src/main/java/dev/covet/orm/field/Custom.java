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
    /** The field type; it needs a no-argument constructor. */
    Class<? extends FieldType<?>> value();

    /** The maximum number of characters of a {@code STRING} type, or -1 for unbounded text. */
    int maxLength() default -1;

    /** The total digits of a {@code DECIMAL} type. */
    int maxDigits() default 10;

    /** The digits after the point of a {@code DECIMAL} type. */
    int decimalPlaces() default 2;

    /** May the column hold NULL? */
    boolean nullable() default false;

    /** May the value be empty when validated? */
    boolean blank() default false;

    /** Must every row hold a different value? */
    boolean unique() default false;

    /** Create an index on the column? */
    boolean dbIndex() default false;

    /** The column name; defaults to the field name in snake_case. */
    String dbColumn() default "";

    /** Validators run by {@code fullClean()} after the type's own {@link FieldType#validate}. */
    Class<? extends Validator<?>>[] validators() default {};

    /** Documentation for the field. */
    String helpText() default "";

    /** A human-readable name; defaults to the field name split into words. */
    String verboseName() default "";

    /** Is the field set from outside (in {@code updateFromDict}, {@code fromDict})? */
    boolean editable() default true;

    /** Are the values secret? Covet's SQL log then shows them as {@code ***}. */
    boolean sensitive() default false;
}
