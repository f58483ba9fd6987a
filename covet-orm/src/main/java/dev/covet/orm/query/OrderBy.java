package dev.covet.orm.query;

/**
 * One term of an ORDER BY. {@link #RANDOM} orders randomly ({@code "?"}). Where NULLs go differs by
 * database (first in a descending PostgreSQL order, last elsewhere) unless {@link #nullsFirst()} or
 * {@link #nullsLast()} says.
 *
 * @param nulls null for the database's own placement
 */
public record OrderBy(Expression expression, boolean descending, Nulls nulls) {
    /** Random order. */
    public static final OrderBy RANDOM = new OrderBy(null, false, null);

    /** Where NULLs go. */
    public enum Nulls { FIRST, LAST }

    public OrderBy(Expression expression, boolean descending) {
        this(expression, descending, null);
    }

    public boolean isRandom() {
        return expression == null;
    }

    /** NULLs before every value, on every database. */
    public OrderBy nullsFirst() {
        return new OrderBy(expression, descending, Nulls.FIRST);
    }

    /** NULLs after every value, on every database. */
    public OrderBy nullsLast() {
        return new OrderBy(expression, descending, Nulls.LAST);
    }

    public OrderBy reversed() {
        if (isRandom()) {
            return this;
        }
        Nulls flipped = nulls == null ? null : nulls == Nulls.FIRST ? Nulls.LAST : Nulls.FIRST;
        return new OrderBy(expression, !descending, flipped);
    }
}
