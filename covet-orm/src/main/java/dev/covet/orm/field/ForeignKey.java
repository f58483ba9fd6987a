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
     * The target model when the {@code Ref<T>} type cannot say it: {@code "self"}, or a model's
     * simple class name. Empty means the type argument of {@code Ref<T>}.
     */
    String to() default "";

    /** What happens to this row when the target row is deleted. */
    OnDelete onDelete();

    /** For {@link OnDelete#SET}: supplies the new target (a model instance or a key value). */
    Class<? extends Supplier<?>> setTo() default None.class;

    /** The name of the reverse side on the target; defaults to {@code <model>Set}; {@code "+"} for none. */
    String relatedName() default "";

    /** The name used for the reverse side in lookups; defaults to the related name or the model name. */
    String relatedQueryName() default "";

    /** The target field the key points at; defaults to the target's primary key. */
    String toField() default "";

    /** Create a FOREIGN KEY constraint in the database? */
    boolean dbConstraint() default true;

    boolean nullable() default false;

    boolean blank() default false;

    /** Index the column? On by default. */
    boolean dbIndex() default true;

    /** The column name; defaults to the field name in snake_case plus {@code _id}. */
    String dbColumn() default "";

    boolean primaryKey() default false;

    boolean editable() default true;

    /** Are the values secret (passwords, tokens)? Covet's SQL log then shows them as {@code ***}. */
    boolean sensitive() default false;

    String helpText() default "";

    String verboseName() default "";

    /** The default of {@link #setTo()}: no supplier. */
    final class None implements Supplier<Object> {
        @Override
        public Object get() {
            throw new UnsupportedOperationException("no setTo supplier");
        }
    }
}
