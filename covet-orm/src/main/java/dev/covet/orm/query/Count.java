package dev.covet.orm.query;


/** Counts rows: {@code Count.of("books")}, {@code Count.distinct("tags")}, {@code Count.all()}. */
public final class Count {
    private Count() {
    }

    /**
     * The number of non-NULL values of a field path over each group (Django's {@code Count("price")}).
     *
     * @param path a field path ({@code "price"}, {@code "books__pages"})
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.COUNT, PathRef.of(path), false, null);
    }

    /**
     * The number of non-NULL values of an expression, such as {@code F.of("quantity").times(F.of("price"))}.
     *
     * @param expression the expression to aggregate
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.COUNT, expression, false, null);
    }

    /**
     * The number of non-NULL values of the distinct values of a field path (Django's {@code distinct=True}).
     *
     * @param path a field path
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.COUNT, PathRef.of(path), true, null);
    }

    /**
     * {@code COUNT(*)}: every row of the group (Django's {@code Count("*")}).
     *
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate all() {
        return new Aggregate(Aggregate.Function.COUNT, Star.INSTANCE, false, null);
    }
}
