package dev.covet.orm.query;


/** Averages a numeric field: a {@code double}, or a {@code BigDecimal} (with four more decimal places than the field) for decimals. */
public final class Avg {
    private Avg() {
    }

    /**
     * The average of a field path over each group (Django's {@code Avg("price")}).
     *
     * @param path a field path ({@code "price"}, {@code "books__pages"})
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.AVG, PathRef.of(path), false, null);
    }

    /**
     * The average of an expression, such as {@code F.of("quantity").times(F.of("price"))}.
     *
     * @param expression the expression to aggregate
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.AVG, expression, false, null);
    }

    /**
     * The average of the distinct values of a field path (Django's {@code distinct=True}).
     *
     * @param path a field path
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.AVG, PathRef.of(path), true, null);
    }
}
