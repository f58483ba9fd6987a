package dev.covet.orm.query;

import dev.covet.orm.meta.FieldInfo;

/**
 * A value computed by the database: a column, a parameter, arithmetic, an aggregate.
 * Expressions are immutable. Before a query uses one it is {@linkplain #resolve resolved}
 * against the query's model, which turns field paths into columns (adding joins) and
 * checks every name.
 *
 * <pre>{@code F.of("price").times(1.1)      Count.of("books")      F.of("quantity").minus(1)}</pre>
 */
public interface Expression {
    /**
     * This expression with every field path resolved against {@code query}; resolved nodes return themselves.
     *
     * @param query what resolves the field paths, adding the joins they need
     * @return the resolved expression; {@code this} when nothing changed
     * @throws dev.covet.orm.exception.FieldError if a path names no field or the expression does not fit its arguments
     */
    Expression resolve(Resolver query);

    /** {@return how values of this expression come back from the database} */
    OutputType outputType();

    /** {@return whether the expression contains an aggregate (so that it belongs in HAVING and forces a GROUP BY)} */
    default boolean containsAggregate() {
        return false;
    }

    /** {@return whether the expression contains a {@link Window} (so that a condition on it must wrap its query)} */
    default boolean containsWindow() {
        return false;
    }

    /**
     * {@code this + other} (Django's {@code F("a") + ...}).
     *
     * @param other an expression, or a constant (a String is a constant here, not a field path)
     * @return the sum
     */
    default Expression plus(Object other) {
        return new Combined(this, Combined.Op.ADD, Value.wrap(other));
    }

    /**
     * {@code this - other}.
     *
     * @param other an expression, or a constant
     * @return the difference
     */
    default Expression minus(Object other) {
        return new Combined(this, Combined.Op.SUBTRACT, Value.wrap(other));
    }

    /**
     * {@code this * other}.
     *
     * @param other an expression, or a constant
     * @return the product
     */
    default Expression times(Object other) {
        return new Combined(this, Combined.Op.MULTIPLY, Value.wrap(other));
    }

    /**
     * {@code this / other}.
     *
     * @param other an expression, or a constant
     * @return the quotient
     */
    default Expression dividedBy(Object other) {
        return new Combined(this, Combined.Op.DIVIDE, Value.wrap(other));
    }

    /** {@return ascending order by this expression (Django's {@code .asc()})} */
    default OrderBy asc() {
        return new OrderBy(this, false);
    }

    /** {@return descending order by this expression (Django's {@code .desc()})} */
    default OrderBy desc() {
        return new OrderBy(this, true);
    }

    /** What a query offers an expression while resolving it. */
    interface Resolver {
        /**
         * The column (or annotation) a field path names, adding the joins it needs.
         *
         * @param path a field path, such as {@code "author__name"}
         * @return the resolved column or annotation
         * @throws dev.covet.orm.exception.FieldError if the path names no field or annotation
         */
        Expression resolvePath(String path);

        /**
         * The model field behind a resolved column, if it is one.
         *
         * @param resolved an expression returned by {@link #resolvePath}
         * @return the field, or null when the expression is not a model column
         */
        default FieldInfo fieldOf(Expression resolved) {
            return resolved instanceof Col c ? c.field() : null;
        }
    }
}
