package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * A many-to-one relation, held in a {@code Ref<T>} field. The column is named after the
 * field with {@code _id} appended and is indexed unless told otherwise.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
 * @ForeignKey(to = "self", onDelete = OnDelete.SET_NULL, nullable = true) public Ref<Category> parent;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /**
     * {@return the target model when the {@code Ref<T>} type cannot say it: {@code "self"}, or a model's
     * simple class name} Empty means the type argument of {@code Ref<T>}.
     */
    String to() default "";

    /** {@return what happens to this row when the target row is deleted (Django's {@code on_delete})} */
    OnDelete onDelete();

    /** {@return for {@link OnDelete#SET}: the class that supplies the new target (a model instance or a key value)} */
    Class<? extends Supplier<?>> setTo() default None.class;

    /**
     * {@return the name of the reverse side on the target (Django's {@code related_name}); empty means
     * {@code <model>Set}, {@code "+"} none}
     */
    String relatedName() default "";

    /**
     * {@return the name used for the reverse side in lookups (Django's {@code related_query_name}); empty means
     * the related name or the model name}
     */
    String relatedQueryName() default "";

    /** {@return the target field the key points at (Django's {@code to_field}); empty means the target's primary key} */
    String toField() default "";

    /** {@return whether to create a FOREIGN KEY constraint in the database (Django's {@code db_constraint})} */
    boolean dbConstraint() default true;

    /** {@return whether the column may hold NULL (Django's {@code null})} */
    boolean nullable() default false;

    /** {@return whether the value may be empty when validated (Django's {@code blank})} */
    boolean blank() default false;

    /** {@return whether to index the column (Django's {@code db_index}); on by default} */
    boolean dbIndex() default true;

    /** {@return the column name (Django's {@code db_column}); empty means the field name in snake_case plus {@code _id}} */
    String dbColumn() default "";

    /** {@return whether this is the primary key (instead of the automatic {@code id})} */
    boolean primaryKey() default false;

    /**
     * {@return whether the field is set from outside (in {@code updateFromDict}, {@code fromDict}); Django's
     * {@code editable}}
     */
    boolean editable() default true;

    /** {@return whether the values are secret (passwords, tokens); Covet's SQL log then shows them as {@code ***}} */
    boolean sensitive() default false;

    /** {@return documentation for the field (Django's {@code help_text})} */
    String helpText() default "";

    /** {@return a human-readable name (Django's {@code verbose_name})} */
    String verboseName() default "";

    /** The default of {@link #setTo()}: no supplier. */
    final class None implements Supplier<Object> {
        /** Makes the placeholder; Covet never calls {@link #get()} on it. */
        public None() {
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("no setTo supplier");
        }
    }
}
