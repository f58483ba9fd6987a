package dev.covet.orm.query;

/**
 * A query used as a value inside another: {@code id__in=<QuerySet>} or a split {@code exclude()}.
 *
 * @param query the inner query
 */
public record SubqueryExpression(Query query) implements Expression {
    @Override
    public Expression resolve(Resolver outer) {
        Query bound = OuterScope.bind(query, outer);
        return bound == query ? this : new SubqueryExpression(bound);
    }

    @Override
    public OutputType outputType() {
        return query.singleOutputType();
    }
}
