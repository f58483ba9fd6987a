package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;

/**
 * A reference to a field path, unresolved: what {@code F.of("price")} makes, and what the query layer
 * makes itself where it takes a path as a string ({@code Count.of("books")}). Resolving it against a
 * query turns it into a column (adding joins) or an annotation. References to the same path are equal,
 * whichever of the two made them. Immutable and thread-safe.
 */
public class PathRef implements Expression {
    private final String path;

    /**
     * A reference to {@code path}.
     *
     * @param path the field path, steps joined by {@code "__"}
     * @throws FieldError if the path is null or blank
     */
    protected PathRef(String path) {
        if (path == null || path.isBlank()) {
            throw new FieldError("F() needs a field name");
        }
        this.path = path;
    }

    /**
     * The field (or annotation) at {@code path}, such as {@code "price"} or {@code "author__name"}.
     *
     * @param path the field path, steps joined by {@code "__"}
     * @return the reference
     * @throws FieldError if the path is null or blank
     */
    public static PathRef of(String path) {
        return new PathRef(path);
    }

    /**
     * The field path this reference names.
     *
     * @return the path, as given to {@link #of}
     */
    public final String path() {
        return path;
    }

    @Override
    public final Expression resolve(Resolver query) {
        return query.resolvePath(path);
    }

    @Override
    public final OutputType outputType() {
        return OutputType.ANY;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof PathRef f && f.path.equals(path);
    }

    @Override
    public final int hashCode() {
        return path.hashCode();
    }

    @Override
    public final String toString() {
        return "F(" + path + ")";
    }
}
