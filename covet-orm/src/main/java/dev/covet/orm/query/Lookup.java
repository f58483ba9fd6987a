package dev.covet.orm.query;

/**
 * One comparison: {@code lhs <type> rhs}. For pattern lookups a constant right-hand side
 * already holds the escaped pattern ({@code %java%}); for {@code in} and {@code range} it
 * is a {@link ValueList} or a {@link SubqueryExpression}; for {@code isnull} a boolean.
 *
 * @param type the lookup
 * @param lhs  the left-hand side, a resolved expression
 * @param rhs  the right-hand side, prepared for the lookup
 */
public record Lookup(LookupType type, Expression lhs, Expression rhs) implements WhereItem {
}
