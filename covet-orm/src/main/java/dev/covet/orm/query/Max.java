package dev.covet.orm.query;


/** The largest value of a field, returned as the field's own Java type. */
public final class Max {
    private Max() {
    }

    /**
     * The largest value of a field path over each group (Django's {@code Max("price")}).
     *
     * @param path a field path ({@code "price"}, {@code "books__pages"})
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.MAX, PathRef.of(path), false, null);
    }

    /**
     * The largest value of an expression, such as {@code F.of("quantity").times(F.of("price"))}.
     *
     * @param expression the expression to aggregate
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.MAX, expression, false, null);
    }

    /**
     * The largest value of the distinct values of a field path (Django's {@code distinct=True}).
     *
     * @param path a field path
     * @return the aggregate; name it with {@link Aggregate#as}
     */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.MAX, PathRef.of(path), true, null);
    }
}
