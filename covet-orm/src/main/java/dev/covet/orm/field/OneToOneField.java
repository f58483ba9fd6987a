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
    /**
     * {@return the target model when the {@code Ref<T>} type cannot say it: {@code "self"} or a model's simple
     * class name; empty means the type argument}
     */
    String to() default "";

    /** {@return what happens to this row when the target row is deleted (Django's {@code on_delete})} */
    OnDelete onDelete();

    /** {@return for {@link OnDelete#SET}: the class that supplies the new target (a model instance or a key value)} */
    Class<? extends Supplier<?>> setTo() default ForeignKey.None.class;

    /**
     * {@return the name of the reverse side on the target (Django's {@code related_name}); empty means the
     * model name, {@code "+"} none}
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

    /** {@return the column name (Django's {@code db_column}); empty means the field name in snake_case plus {@code _id}} */
    String dbColumn() default "";

    /** {@return whether this is the primary key (instead of the automatic {@code id})} */
    boolean primaryKey() default false;

    /**
     * {@return whether this marks the link from a multi-table-inheritance child to its parent (Django's
     * {@code parent_link})}
     */
    boolean parentLink() default false;

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
}
