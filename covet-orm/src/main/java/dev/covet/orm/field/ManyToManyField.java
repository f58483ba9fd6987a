package dev.covet.orm.field;

import dev.covet.orm.Model;

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
    String to() default "";

    /** The junction model; {@code Model.class} (the default) means an automatic junction table. */
    Class<? extends Model> through() default Model.class;

    /** With {@link #through()}: the junction's key to this model, then its key to the target. */
    String[] throughFields() default {};

    String relatedName() default "";

    String relatedQueryName() default "";

    /** The automatic junction table's name. */
    String dbTable() default "";

    /** For a relation to the model itself: is it mutual (adding b to a's set adds a to b's)? */
    boolean symmetrical() default true;

    boolean blank() default false;

    String helpText() default "";

    String verboseName() default "";
}
