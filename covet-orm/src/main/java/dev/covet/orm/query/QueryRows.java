package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.ModelInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows a {@link Query} returns and in what order: its ordering (explicit, the model's default,
 * reversed) and its slice (offset and limit). The public methods here are {@code Query}'s; a copy of
 * the query copies this state with it.
 */
abstract sealed class QueryRows permits QueryColumns {
    private List<OrderBy> orderBy = List.of();
    private boolean defaultOrdering = true;
    private boolean reversed;
    private long offset;
    private Long limit;

    QueryRows() {
    }

    /** The ordering and slice of {@code original}, for its copy. */
    QueryRows(QueryRows original) {
        this.orderBy = original.orderBy;
        this.defaultOrdering = original.defaultOrdering;
        this.reversed = original.reversed;
        this.offset = original.offset;
        this.limit = original.limit;
    }

    /** {@return the queried model} */
    public abstract ModelInfo<?> model();

    /** {@return whether the query has a GROUP BY (an aggregate annotation or a HAVING)} */
    public abstract boolean isGrouped();

    /** The resolver of the query's names, which turns ordering terms into columns. */
    abstract PathResolver paths();

    /**
     * The ordering to apply: explicit, else the model's default (unless cleared), reversed if asked.
     * A grouped query ({@code values().annotate(Count...)}, an aggregate annotation) ignores the
     * model's default ordering, as Django does since 3.1: ordering by a column would also group by
     * it, and give one row per instance instead of one per group.
     *
     * @return the order terms; empty for an unordered query
     */
    public List<OrderBy> effectiveOrdering() {
        List<OrderBy> terms = orderBy;
        if (ordersByModelDefault()) {
            terms = isGrouped() ? List.of() : paths().resolveOrdering(model().ordering());
        }
        if (!reversed) {
            return terms;
        }
        return terms.stream().map(OrderBy::reversed).toList();
    }

    /** {@return whether any ordering (explicit, or the model's default on a query that does not group) is in force} */
    public boolean isOrdered() {
        return !orderBy.isEmpty() || (ordersByModelDefault() && !isGrouped());
    }

    /** Would the model's {@code Meta.ordering} apply (no explicit ordering, and not cleared)? */
    private boolean ordersByModelDefault() {
        return orderBy.isEmpty() && defaultOrdering && !model().ordering().isEmpty();
    }

    /** {@return how many rows to skip; 0 for none} */
    public long offset() {
        return offset;
    }

    /** {@return the maximum number of rows, or null for no limit} */
    public Long limit() {
        return limit;
    }

    /** {@return whether an offset or a limit is set} */
    public boolean isSliced() {
        return offset != 0 || limit != null;
    }

    /**
     * Replaces the ordering (Django's {@code order_by()}); the model's default no longer applies.
     *
     * @param terms field paths ({@code "-publishedAt"}, {@code "?"}), {@link OrderBy}s or expressions; empty for none
     * @throws IllegalStateException if the query is sliced
     * @throws FieldError if a term is none of these, or a path names no field
     */
    public void setOrdering(List<?> terms) {
        checkNotSliced("reorder");
        orderBy = List.copyOf(paths().ordering(terms));
        defaultOrdering = false;
        reversed = false;
    }

    /** Removes all ordering, the model's default too. */
    public void clearOrdering() {
        orderBy = List.of();
        defaultOrdering = false;
        reversed = false;
    }

    /** Reverses the ordering in force (Django's {@code reverse()}); twice restores it. */
    public void reverseOrdering() {
        reversed = !reversed;
    }

    /**
     * Takes rows {@code from} (inclusive) to {@code to} (exclusive, null for no end) of what this query returns;
     * a slice of a slice stays within the first.
     *
     * @param from the first row, from 0
     * @param to   the row after the last, or null for no end
     * @throws IllegalArgumentException if either bound is negative
     */
    public void slice(long from, Long to) {
        if (from < 0 || (to != null && to < 0)) {
            throw new IllegalArgumentException("Negative indexing is not supported.");
        }
        long start = offset + from;
        Long count = to == null ? null : Math.max(0, to - from);
        if (limit != null) {
            long remaining = Math.max(0, limit - from);
            count = count == null ? remaining : Math.min(count, remaining);
        }
        offset = start;
        limit = count;
    }

    /**
     * Returns at most {@code n} rows.
     *
     * @param n the limit, 0 or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public void setLimit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative limit is not supported.");
        }
        limit = n;
    }

    /**
     * Skips the first {@code n} rows.
     *
     * @param n the offset, 0 or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public void setOffset(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative offset is not supported.");
        }
        offset = n;
    }

    /** Removes the offset and the limit. */
    public void clearLimits() {
        offset = 0;
        limit = null;
    }

    /** Is there neither an explicit ordering, a reversal nor a slice (the model's default may still apply)? */
    boolean rowsAsGiven() {
        return orderBy.isEmpty() && !reversed && offset == 0 && limit == null;
    }

    void checkNotSliced(String what) {
        if (isSliced()) {
            throw new IllegalStateException("Cannot " + what + " a query once a slice has been taken.");
        }
    }

    /** Resolves the explicit ordering's expressions again through {@code resolver}; see {@link Query#resolveOuterRefs}. */
    void rebindOrdering(Expression.Resolver resolver) {
        List<OrderBy> ordering = new ArrayList<>();
        for (OrderBy o : orderBy) {
            ordering.add(o.isRandom() ? o : new OrderBy(o.expression().resolve(resolver), o.descending(), o.nulls()));
        }
        orderBy = List.copyOf(ordering);
    }
}
