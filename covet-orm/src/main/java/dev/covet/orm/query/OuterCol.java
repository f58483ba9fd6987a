package dev.covet.orm.query;

/**
 * An {@link OuterRef} bound to its outer query: {@code expression} belongs to the query
 * {@code levels} levels out and is compiled there (under that query's table aliases).
 *
 * @param expression the resolved column (or expression) of the outer query
 * @param levels     how many queries out it belongs
 */
public record OuterCol(Expression expression, int levels) implements Expression {
    @Override
    public Expression resolve(Resolver query) {
        return this;
    }

    @Override
    public OutputType outputType() {
        return expression.outputType();
    }
}
