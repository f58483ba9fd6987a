package dev.covet.orm.query;

/**
 * A condition resolved against its query: a WHERE tree used as a boolean value.
 *
 * @param where the resolved WHERE tree
 */
public record ResolvedCondition(WhereItem where) implements Expression {
    @Override
    public Expression resolve(Resolver query) {
        if (query instanceof OuterScope) {
            return new ResolvedCondition(PathResolver.rebind(where, query));
        }
        return this;
    }

    @Override
    public OutputType outputType() {
        return OutputType.BOOLEAN;
    }

    @Override
    public boolean containsAggregate() {
        return Query.containsAggregate(where);
    }
}
