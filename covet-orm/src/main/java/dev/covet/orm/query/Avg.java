package dev.covet.orm.query;

import dev.covet.orm.F;

/** Averages a numeric field: a {@code double}, or a {@code BigDecimal} (with four more decimal places than the field) for decimals. */
public final class Avg {
    private Avg() {
    }

    /** Over a field path ({@code "price"}, {@code "books__pages"}). */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.AVG, F.of(path), false, null);
    }

    /** Over an expression, such as {@code F.of("quantity").times(F.of("price"))}. */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.AVG, expression, false, null);
    }

    /** Over the distinct values of a field path. */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.AVG, F.of(path), true, null);
    }
}
