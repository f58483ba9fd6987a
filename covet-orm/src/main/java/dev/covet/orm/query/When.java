package dev.covet.orm.query;

import dev.covet.orm.meta.Where;
import dev.covet.orm.exception.FieldError;

/**
 * One branch of a {@link Case}: when {@code condition} holds, the value {@code then}. A {@code then}
 * that is not an expression is a constant, sent as a parameter (use {@code F.of("field")} for a field).
 * Immutable.
 *
 * <pre>{@code When.of(Q.of("pages__gte", 300), "long")    When.of("author__name", "Ann", F.of("price"))}</pre>
 *
 * @param condition the condition, a boolean expression
 * @param then      the value when it holds
 */
public record When(Expression condition, Expression then) implements Expression {
    /**
     * When {@code condition} holds (Django's {@code When(Q(...), then=...)}).
     *
     * @param condition the condition, over the query's model
     * @param then      the value: an expression, or a constant
     * @return the branch
     * @throws FieldError if the condition is null or empty
     */
    public static When of(Where condition, Object then) {
        if (condition == null || condition.isEmpty()) {
            throw new FieldError("When needs a condition");
        }
        return new When(new QCondition(condition), Value.wrap(then));
    }

    /**
     * When the lookup holds: {@code When.of("pages__gte", 300, "long")}.
     *
     * @param lookup a field path with an optional lookup, as {@code filter} takes it
     * @param value  the value the lookup compares with
     * @param then   the value: an expression, or a constant
     * @return the branch
     */
    public static When of(String lookup, Object value, Object then) {
        return of(Where.of(lookup, value), then);
    }

    /**
     * When a boolean expression (such as {@link Exists}) holds.
     *
     * @param condition a boolean expression
     * @param then      the value: an expression, or a constant
     * @return the branch
     * @throws FieldError if the condition is null
     */
    public static When of(Expression condition, Object then) {
        if (condition == null) {
            throw new FieldError("When needs a condition");
        }
        return new When(condition, Value.wrap(then));
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression c = condition.resolve(query);
        if (c.outputType().storage() != dev.covet.orm.field.FieldKind.Storage.BOOLEAN) {
            throw new FieldError("When needs a condition (a Q, a lookup or Exists), not " + condition);
        }
        Expression t = then.resolve(query);
        return c == condition && t == then ? this : new When(c, t);
    }

    @Override
    public OutputType outputType() {
        return then.outputType();
    }

    @Override
    public boolean containsAggregate() {
        return condition.containsAggregate() || then.containsAggregate();
    }
}
