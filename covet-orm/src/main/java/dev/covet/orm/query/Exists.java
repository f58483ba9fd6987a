package dev.covet.orm.query;

/**
 * Whether a query returns any row (Django's {@code Exists}): a condition for {@code filter} /
 * {@code exclude} (or {@code Q.of(exists)}) and a boolean for {@code annotate}. {@link #not()} is
 * {@code NOT EXISTS}. The query usually refers to the outer one with {@link OuterRef}. Immutable.
 *
 * <pre>{@code
 * Author.objects.filter(Exists.of(Book.objects.filter("author", OuterRef.of("pk")).filter("pages__gt", 300)));
 * }</pre>
 *
 * @param query   the subquery
 * @param negated {@code NOT EXISTS}?
 */
public record Exists(Query query, boolean negated) implements Expression {
    /**
     * Rows of {@code source} exist.
     *
     * @param source a QuerySet (or query), usually filtered with {@link OuterRef}
     * @return the condition
     */
    public static Exists of(QuerySource source) {
        return new Exists(source.asSubquery(), false);
    }

    /** {@return the opposite condition: no row exists} */
    public Exists not() {
        return new Exists(query, !negated);
    }

    @Override
    public Expression resolve(Resolver outer) {
        Query bound = OuterScope.bind(query, outer);
        return bound == query ? this : new Exists(bound, negated);
    }

    @Override
    public OutputType outputType() {
        return OutputType.BOOLEAN;
    }
}
