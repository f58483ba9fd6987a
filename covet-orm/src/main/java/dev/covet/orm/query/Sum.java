package dev.covet.orm.query;


/** Adds up a numeric field or expression: {@code Sum.of("quantity")}; sums of integers come back as {@code long}. */
public final class Sum {
    private Sum() {
    }

    /**
     * The sum of a field path over each group (Django's {@code Sum("price")}).
     *
     * @param path a field path ({@code "price"}, {@code "books__pages"})
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.SUM, PathRef.of(path), false, null);
    }

    /**
     * The sum of an expression, such as {@code F.of("quantity").times(F.of("price"))}.
     *
     * @param expression the expression to aggregate
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.SUM, expression, false, null);
    }

    /**
     * The sum of the distinct values of a field path (Django's {@code distinct=True}).
     *
     * @param path a field path
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.SUM, PathRef.of(path), true, null);
    }
}
