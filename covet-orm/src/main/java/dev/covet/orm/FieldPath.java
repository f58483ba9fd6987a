package dev.covet.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the field, lookup path or annotation a record component of a typed projection
 * ({@link QuerySet#values(Class, String...)}) is read from, when the component's own name does not
 * say it.
 *
 * <pre>{@code
 * record BookRow(String title, @FieldPath("author__name") String writer) { }
 * List<BookRow> rows = Book.objects.values(BookRow.class).list();
 * }</pre>
 *
 * Without the annotation a component named {@code authorName} is read from the field
 * {@code authorName} if the model has one, else from the path {@code author__name}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FieldPath {
    /**
     * The path, written as in {@code values(...)}: {@code "title"}, {@code "author__name"}, {@code "published__year"}.
     *
     * @return the path, steps joined by {@code "__"}
     */
    String value();
}
