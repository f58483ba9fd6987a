package dev.covet.orm.query;


/** The smallest value of a field, returned as the field's own Java type. */
public final class Min {
    private Min() {
    }

    /**
     * The smallest value of a field path over each group (Django's {@code Min("price")}).
     *
     * @param path a field path ({@code "price"}, {@code "books__pages"})
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.MIN, PathRef.of(path), false, null);
    }

    /**
     * The smallest value of an expression, such as {@code F.of("quantity").times(F.of("price"))}.
     *
     * @param expression the expression to aggregate
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.MIN, expression, false, null);
    }

    /**
     * The smallest value of the distinct values of a field path (Django's {@code distinct=True}).
     *
     * @param path a field path
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.MIN, PathRef.of(path), true, null);
    }
}
