package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.Naming;

/**
 * A field of the query a subquery sits in (Django's {@code OuterRef}). It names the field by path and
 * is bound to a column when the {@link Subquery} or {@link Exists} around it joins its outer query;
 * {@code OuterRef.of(OuterRef.of("pk"))} reaches two levels out. Used anywhere else it is an error.
 * Immutable.
 *
 * <pre>{@code
 * Author.objects.annotate("latest", Subquery.of(
 *         Book.objects.filter("author", OuterRef.of("pk")).orderBy("-published").values("title").limit(1)));
 * }</pre>
 *
 * @param path  the field path in the outer query, such as {@code "pk"} or {@code "author__name"}
 * @param depth how many queries out the field lives: 1 for the immediately enclosing one
 */
public record OuterRef(String path, int depth) implements Expression {
    /**
     * Checks the path and the depth.
     *
     * @throws FieldError if the path is not a field path or the depth is less than 1
     */
    public OuterRef {
        if (path == null || path.isEmpty() || path.startsWith("__") || path.endsWith("__")) {
            throw new FieldError("OuterRef needs a field path such as \"pk\" or \"author__name\", got '" + path + "'");
        }
        for (String part : path.split("__")) {
            if (!Naming.isIdentifier(part)) {
                throw new FieldError("OuterRef path '" + path + "' is not a field path: '" + part
                        + "' is not a name (letters, digits and underscores)");
            }
        }
        if (depth < 1) {
            throw new FieldError("OuterRef depth must be at least 1, got " + depth);
        }
    }

    /**
     * The field {@code path} of the enclosing query.
     *
     * @param path a field path, such as {@code "pk"} or {@code "author__name"}
     * @return the reference, one query out
     * @throws FieldError if the path is not a field path
     */
    public static OuterRef of(String path) {
        return new OuterRef(path, 1);
    }

    /**
     * The field {@code inner} names, one query further out.
     *
     * @param inner the reference to move out
     * @return the reference, one level deeper than {@code inner}
     */
    public static OuterRef of(OuterRef inner) {
        return new OuterRef(inner.path, inner.depth + 1);
    }

    @Override
    public Expression resolve(Resolver query) {
        if (query instanceof OuterScope scope && scope.nesting() + 1 == depth) {
            return new OuterCol(scope.outer().resolvePath(path), depth);
        }
        return this;
    }

    @Override
    public OutputType outputType() {
        return OutputType.ANY;
    }

    @Override
    public String toString() {
        String s = "OuterRef(\"" + path + "\")";
        for (int i = 1; i < depth; i++) {
            s = "OuterRef(" + s + ")";
        }
        return s;
    }
}
