package dev.covet.orm.query;

/**
 * A query used as a single value (Django's {@code Subquery}): in {@code annotate}, {@code filter},
 * {@code orderBy} and {@code update}. The query must select one column ({@code values("x")} or
 * {@code valuesList}; the primary key otherwise) and should return at most one row ({@code limit(1)}).
 * It may refer to the query it sits in with {@link OuterRef}. Immutable.
 *
 * <pre>{@code
 * Author.objects.annotate("latest", Subquery.of(
 *         Book.objects.filter("author", OuterRef.of("pk")).orderBy("-published").values("title").limit(1)));
 * }</pre>
 *
 * @param query the query, selecting one column
 */
public record Subquery(Query query) implements Expression {
    /**
     * {@code source} (a QuerySet) as a value; it is copied, later changes to it do not count.
     *
     * @param source a QuerySet selecting one column, usually filtered with {@link OuterRef}
     * @return the subquery
     */
    public static Subquery of(QuerySource source) {
        return new Subquery(source.asSubquery());
    }

    @Override
    public Expression resolve(Resolver outer) {
        Query bound = OuterScope.bind(query, outer);
        return bound == query ? this : new Subquery(bound);
    }

    @Override
    public OutputType outputType() {
        return query.singleOutputType();
    }
}
