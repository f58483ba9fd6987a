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
    /** The table name; defaults to the class name in snake_case ({@code BlogPost} is {@code blog_post}). */
    String table() default "";

    /** The default order of every query: field names, {@code -} for descending, {@code ?} for random. */
    String[] ordering() default {};

    /** Indexes created with the table. */
    Index[] indexes() default {};

    /** Sets of fields whose combined values must be unique. */
    Unique[] uniqueTogether() default {};

    /**
     * The app the model belongs to, which groups its migrations ({@code covet/migrations/<app>/});
     * defaults to the last part of the model's package name.
     */
    String app() default "";

    /** When false, Covet never creates or drops the table (it belongs to someone else). */
    boolean managed() default true;

    /** A human-readable name; defaults to the class name split into words. */
    String verboseName() default "";

    /** The plural of {@link #verboseName()}; defaults to it with an {@code s}. */
    String verboseNamePlural() default "";

    /**
     * Single-table inheritance, on the base model: the name of the discriminator Covet adds (a
     * {@code VARCHAR(50)} column, snake case) to say which subclass each row is. The subclasses'
     * fields live in the same table.
     */
    String polymorphicOn() default "";

    /** Single-table inheritance: the discriminator value of this class; defaults to its simple name. */
    String polymorphicIdentity() default "";
}
