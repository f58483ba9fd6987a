package dev.covet.orm.query;

/** One term of an ORDER BY. {@link #RANDOM} orders randomly ({@code "?"}). */
public record OrderBy(Expression expression, boolean descending) {
    /** Random order. */
    public static final OrderBy RANDOM = new OrderBy(null, false);

    public boolean isRandom() {
        return expression == null;
    }

    public OrderBy reversed() {
        return isRandom() ? this : new OrderBy(expression, !descending);
    }
}
