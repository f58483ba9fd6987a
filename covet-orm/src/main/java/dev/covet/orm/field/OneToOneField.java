package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * A one-to-one relation: a {@link ForeignKey} with a unique column, whose reverse side is a
 * single object rather than a manager.
 *
 * <pre>{@code @OneToOneField(onDelete = OnDelete.CASCADE, relatedName = "profile") public Ref<User> user;}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOneField {
    String to() default "";

    OnDelete onDelete();

    Class<? extends Supplier<?>> setTo() default ForeignKey.None.class;

    String relatedName() default "";

    String relatedQueryName() default "";

    String toField() default "";

    boolean dbConstraint() default true;

    boolean nullable() default false;

    boolean blank() default false;

    String dbColumn() default "";

    boolean primaryKey() default false;

    /** Marks the link from a multi-table-inheritance child to its parent. */
    boolean parentLink() default false;

    boolean editable() default true;

    /** Are the values secret (passwords, tokens)? Covet's SQL log then shows them as {@code ***}. */
    boolean sensitive() default false;

    String helpText() default "";

    String verboseName() default "";
}
