package dev.covet.orm.query;

import dev.covet.orm.F;

/** The smallest value of a field, returned as the field's own Java type. */
public final class Min {
    private Min() {
    }

    /** Over a field path ({@code "price"}, {@code "books__pages"}). */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.MIN, F.of(path), false, null);
    }

    /** Over an expression, such as {@code F.of("quantity").times(F.of("price"))}. */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.MIN, expression, false, null);
    }

    /** Over the distinct values of a field path. */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.MIN, F.of(path), true, null);
    }
}
