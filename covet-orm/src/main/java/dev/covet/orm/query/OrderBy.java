package dev.covet.orm.query;

/**
 * One term of an ORDER BY. {@link #RANDOM} orders randomly ({@code "?"}). Where NULLs go differs by
 * database (first in a descending PostgreSQL order, last elsewhere) unless {@link #nullsFirst()} or
 * {@link #nullsLast()} says.
 *
 * @param expression the expression ordered by; null for {@link #RANDOM}
 * @param descending highest first?
 * @param nulls      null for the database's own placement
 */
public record OrderBy(Expression expression, boolean descending, Nulls nulls) {
    /** Random order. */
    public static final OrderBy RANDOM = new OrderBy(null, false, null);

    /** Where NULLs go. */
    public enum Nulls {
        /** Before every value ({@code NULLS FIRST}). */
        FIRST,
        /** After every value ({@code NULLS LAST}). */
        LAST
    }

    /**
     * An order with the database's own placement of NULLs.
     *
     * @param expression the expression ordered by
     * @param descending highest first?
     */
    public OrderBy(Expression expression, boolean descending) {
        this(expression, descending, null);
    }

    /** {@return whether this is {@link #RANDOM}} */
    public boolean isRandom() {
        return expression == null;
    }

    /** {@return the same order with NULLs before every value, on every database (Django's {@code nulls_first=True})} */
    public OrderBy nullsFirst() {
        return new OrderBy(expression, descending, Nulls.FIRST);
    }

    /** {@return the same order with NULLs after every value, on every database (Django's {@code nulls_last=True})} */
    public OrderBy nullsLast() {
        return new OrderBy(expression, descending, Nulls.LAST);
    }

    /** {@return the opposite order, NULL placement flipped too; {@link #RANDOM} stays random} */
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
