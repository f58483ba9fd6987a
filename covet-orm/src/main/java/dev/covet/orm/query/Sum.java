package dev.covet.orm.query;

import dev.covet.orm.F;

/** Adds up a numeric field or expression: {@code Sum.of("quantity")}; sums of integers come back as {@code long}. */
public final class Sum {
    private Sum() {
    }

    /** Over a field path ({@code "price"}, {@code "books__pages"}). */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.SUM, F.of(path), false, null);
    }

    /** Over an expression, such as {@code F.of("quantity").times(F.of("price"))}. */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.SUM, expression, false, null);
    }

    /** Over the distinct values of a field path. */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.SUM, F.of(path), true, null);
    }
}
