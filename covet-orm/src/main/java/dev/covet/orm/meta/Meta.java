package dev.covet.orm.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model-wide options (Django's {@code class Meta}). Every element is optional.
 *
 * <pre>{@code
 * @Meta(table = "books", ordering = {"-publishedAt", "title"},
 *       indexes = @Index(fields = {"publishedAt", "title"}),
 *       uniqueTogether = @Unique({"title", "author"}))
 * public class Book extends Model { ... }
 * }</pre>
 *
 * A Java {@code abstract} model class is an abstract model: it has no table, and its fields
 * and options are inherited by the models that extend it. A class that extends a concrete model is a
 * multi-table child (its own table, joined to the parent's by a one-to-one primary key), a
 * {@link Proxy}, or, when the base says {@link #polymorphicOn()}, a single-table subclass.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Meta {
    /**
     * {@return the table name (Django's {@code db_table}); empty means the class name in snake_case
     * ({@code BlogPost} is {@code blog_post})}
     */
    String table() default "";

    /** {@return the default order of every query: field names, {@code -} for descending, {@code ?} for random} */
    String[] ordering() default {};

    /** {@return the indexes created with the table (Django's {@code indexes})} */
    Index[] indexes() default {};

    /** {@return sets of fields whose combined values must be unique (Django's {@code unique_together})} */
    Unique[] uniqueTogether() default {};

    /**
     * {@return the app the model belongs to, which groups its migrations ({@code covet/migrations/<app>/})}
     * Empty means the last part of the model's package name (Django's {@code app_label}).
     */
    String app() default "";

    /**
     * {@return whether Covet creates and drops the table (Django's {@code managed}); false when it belongs to
     * someone else}
     */
    boolean managed() default true;

    /** {@return a human-readable name (Django's {@code verbose_name}); empty means the class name split into words} */
    String verboseName() default "";

    /** {@return the plural of {@link #verboseName()}; empty means it with an {@code s}} */
    String verboseNamePlural() default "";

    /**
     * Single-table inheritance, on the base model: the name of the discriminator Covet adds (a
     * {@code VARCHAR(50)} column, snake case) to say which subclass each row is. The subclasses'
     * fields live in the same table.
     *
     * @return the discriminator's name; empty for no single-table inheritance
     */
    String polymorphicOn() default "";

    /** {@return single-table inheritance: the discriminator value of this class; empty means its simple name} */
    String polymorphicIdentity() default "";
}
