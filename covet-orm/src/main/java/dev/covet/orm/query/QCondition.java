package dev.covet.orm.query;

import dev.covet.orm.meta.Where;
import dev.covet.orm.exception.FieldError;

/**
 * A {@link Where} (a {@code Q}) used as a boolean value: the condition of a {@link When} or of an aggregate's
 * {@code filter}. Resolving it against a query builds its WHERE tree (adding joins) as {@code filter()} would.
 *
 * @param q the condition
 */
record QCondition(Where q) implements Expression {
    @Override
    public Expression resolve(Resolver query) {
        if (query instanceof Query outer) {
            return new ResolvedCondition(outer.condition(q));
        }
        throw new FieldError("The condition " + q + " can only be used inside a query's filter, annotate or aggregate");
    }

    @Override
    public OutputType outputType() {
        return OutputType.BOOLEAN;
    }
}
