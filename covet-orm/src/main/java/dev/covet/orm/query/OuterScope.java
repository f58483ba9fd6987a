package dev.covet.orm.query;

/**
 * Resolves the {@link OuterRef}s inside a subquery against the query it joins: {@code nesting} is how
 * many subqueries deep, below {@code outer}, the expressions being resolved sit (0: the subquery itself).
 * Every other node is already resolved and returns itself.
 */
record OuterScope(Query outer, int nesting) implements Expression.Resolver {
    @Override
    public Expression resolvePath(String path) {
        throw new IllegalStateException("A subquery's own field '" + path + "' was not resolved before it joined its outer query");
    }

    /** The scope one subquery deeper. */
    OuterScope deeper() {
        return new OuterScope(outer, nesting + 1);
    }

    /** {@code inner} with its references into {@code outer} bound; {@code this} resolves the inner query's own. */
    static Query bind(Query inner, Expression.Resolver resolver) {
        if (resolver instanceof OuterScope scope) {
            return inner.resolveOuterRefs(scope.deeper());
        }
        if (resolver instanceof Query outer) {
            return inner.resolveOuterRefs(new OuterScope(outer, 0));
        }
        return inner;
    }
}
