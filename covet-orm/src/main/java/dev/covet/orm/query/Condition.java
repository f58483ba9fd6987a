package dev.covet.orm.query;

/**
 * A boolean expression used as a condition, such as {@link Exists} in {@code filter()}.
 *
 * @param expression a boolean expression
 */
public record Condition(Expression expression) implements WhereItem {
}
