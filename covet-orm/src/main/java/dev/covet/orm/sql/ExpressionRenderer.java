package dev.covet.orm.sql;

import dev.covet.orm.query.Expression;

/**
 * Turns one kind of expression node into SQL, as Django's {@code as_sql}: registered by node class in
 * {@link Renderers}, for every database or for one dialect (Django's {@code as_postgresql}).
 * Implementations must be stateless and thread-safe.
 *
 * <pre>{@code Renderers.register(Reverse.class, (node, c) -> c.compile(node.source()).wrap("REVERSE(", ")"));}</pre>
 *
 * @param <E> the node class rendered
 */
@FunctionalInterface
public interface ExpressionRenderer<E extends Expression> {
    /**
     * The SQL of {@code node}; children compile through {@code compiler}.
     *
     * @param node the node to render
     * @param compiler compiles the node's children and gives the dialect
     * @return the node's SQL with its parameters
     */
    Sql compile(E node, Compiler compiler);
}
