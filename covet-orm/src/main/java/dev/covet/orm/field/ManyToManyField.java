package dev.covet.orm.field;


import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation, held in a {@code ManyToMany<T>} field. Without {@link #through()}
 * Covet keeps a junction table named {@code <table>_<field>}; with it, the given model is the
 * junction and may carry extra columns.
 *
 * <pre>{@code
 * @ManyToManyField(relatedName = "posts") public ManyToMany<Tag> tags;
 * @ManyToManyField(through = Membership.class, throughFields = {"group", "user"}) public ManyToMany<User> members;
 * @ManyToManyField(to = "self") public ManyToMany<Person> friends;     // symmetrical
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToManyField {
    /**
     * {@return the target model when the {@code ManyToMany<T>} type cannot say it: {@code "self"} or a model's
     * simple class name; empty means the type argument}
     */
    String to() default "";

    /**
     * {@return the junction model (Django's {@code through}), a model class; {@code void.class} (the default)
     * means an automatic junction table}
     */
    Class<?> through() default void.class;

    /**
     * {@return with {@link #through()}: the junction's key to this model, then its key to the target (Django's
     * {@code through_fields})}
     */
    String[] throughFields() default {};

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

    /** {@return the automatic junction table's name (Django's {@code db_table})} */
    String dbTable() default "";

    /**
     * {@return for a relation to the model itself, whether it is mutual (adding b to a's set adds a to b's);
     * Django's {@code symmetrical}}
     */
    boolean symmetrical() default true;

    /** {@return whether the value may be empty when validated (Django's {@code blank})} */
    boolean blank() default false;

    /** {@return documentation for the field (Django's {@code help_text})} */
    String helpText() default "";

    /** {@return a human-readable name (Django's {@code verbose_name})} */
    String verboseName() default "";
}
