package dev.covet.orm.query;

import dev.covet.orm.field.FieldKind.Storage;

/**
 * An expression whose result Covet reads as {@code storage} (Django's {@code ExpressionWrapper}),
 * for arithmetic whose type Covet cannot tell. The SQL is the expression's own. Immutable.
 *
 * @param expression the expression whose SQL is used
 * @param output     how its result is read
 */
public record ExpressionWrapper(Expression expression, OutputType output) implements Expression {
    /**
     * {@code expression}, read as {@code storage}.
     *
     * @param expression the expression, typically arithmetic
     * @param storage    the type its result is read as
     * @return the wrapper
     */
    public static ExpressionWrapper of(Expression expression, Storage storage) {
        return new ExpressionWrapper(expression, OutputType.of(storage));
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression e = expression.resolve(query);
        return e == expression ? this : new ExpressionWrapper(e, output);
    }

    @Override
    public OutputType outputType() {
        return output;
    }

    @Override
    public boolean containsAggregate() {
        return expression.containsAggregate();
    }

    @Override
    public boolean containsWindow() {
        return expression.containsWindow();
    }
}
