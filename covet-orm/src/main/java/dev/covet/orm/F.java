package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.PathRef;

/**
 * A reference to a field's value in the database, so that a query can compare or compute
 * with it without reading it into Java first (Django's {@code F}). Paths may cross relations.
 *
 * <pre>{@code
 * Product.objects.filter("quantity__lt", F.of("minQuantity"));
 * Product.objects.filter("id", 1).update("quantity", F.of("quantity").minus(1));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class F extends PathRef {
    private F(String path) {
        super(path);
    }

    /**
     * The field (or annotation) at {@code path}, such as {@code "price"} or {@code "author__name"}.
     *
     * @param path the field path, steps joined by {@code "__"}
     * @return the reference, for comparisons, arithmetic and updates
     * @throws FieldError if the path is null or blank
     */
    public static F of(String path) {
        return new F(path);
    }
}
