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
    /** This expression with every field path resolved against {@code query}; resolved nodes return themselves. */
    Expression resolve(Resolver query);

    /** How values of this expression come back from the database. */
    OutputType outputType();

    /** Does the expression contain an aggregate (so that it belongs in HAVING and forces a GROUP BY)? */
    default boolean containsAggregate() {
        return false;
    }

    /** Does the expression contain a {@link Window} (so that a condition on it must wrap its query)? */
    default boolean containsWindow() {
        return false;
    }

    /** {@code this + other}; {@code other} is an expression or a constant. */
    default Expression plus(Object other) {
        return new Combined(this, Combined.Op.ADD, Value.wrap(other));
    }

    /** {@code this - other}. */
    default Expression minus(Object other) {
        return new Combined(this, Combined.Op.SUBTRACT, Value.wrap(other));
    }

    /** {@code this * other}. */
    default Expression times(Object other) {
        return new Combined(this, Combined.Op.MULTIPLY, Value.wrap(other));
    }

    /** {@code this / other}. */
    default Expression dividedBy(Object other) {
        return new Combined(this, Combined.Op.DIVIDE, Value.wrap(other));
    }

    /** Ascending order by this expression. */
    default OrderBy asc() {
        return new OrderBy(this, false);
    }

    /** Descending order by this expression. */
    default OrderBy desc() {
        return new OrderBy(this, true);
    }

    /** What a query offers an expression while resolving it. */
    interface Resolver {
        /** The column (or annotation) a field path names, adding the joins it needs. */
        Expression resolvePath(String path);

        /** The model field behind a resolved column, if it is one. */
        default FieldInfo fieldOf(Expression resolved) {
            return resolved instanceof Col c ? c.field() : null;
        }
    }
}
