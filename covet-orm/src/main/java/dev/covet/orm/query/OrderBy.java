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

    // Written out rather than generated: a record's generated equals runs through a method handle whose
    // re-linking after enough calls pins the virtual thread that happens to trigger it (the template
    // cache compares orderings on every query).
    @Override
    public boolean equals(Object o) {
        return o instanceof OrderBy other && descending == other.descending && nulls == other.nulls
                && java.util.Objects.equals(expression, other.expression);
    }

    @Override
    public int hashCode() {
        return (expression == null ? 0 : expression.hashCode()) * 31 + (descending ? 1 : 0) * 7 + (nulls == null ? 0 : nulls.ordinal() + 1);
    }
}
