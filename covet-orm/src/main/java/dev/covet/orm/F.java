package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.OutputType;

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
public final class F implements Expression {
    private final String path;

    private F(String path) {
        this.path = path;
    }

    /**
     * The field (or annotation) at {@code path}, such as {@code "price"} or {@code "author__name"}.
     *
     * @param path the field path, steps joined by {@code "__"}
     * @return the reference, for comparisons, arithmetic and updates
     */
    public static F of(String path) {
        if (path == null || path.isBlank()) {
            throw new FieldError("F() needs a field name");
        }
        return new F(path);
    }

    /**
     * The field path this reference names.
     *
     * @return the path, as given to {@link #of}
     */
    public String path() {
        return path;
    }

    @Override
    public Expression resolve(Resolver query) {
        return query.resolvePath(path);
    }

    @Override
    public OutputType outputType() {
        return OutputType.ANY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof F f && f.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return "F(" + path + ")";
    }
}
