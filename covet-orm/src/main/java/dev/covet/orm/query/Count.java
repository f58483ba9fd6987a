package dev.covet.orm.query;

import dev.covet.orm.F;

/** Counts rows: {@code Count.of("books")}, {@code Count.distinct("tags")}, {@code Count.all()}. */
public final class Count {
    private Count() {
    }

    /** Over a field path ({@code "price"}, {@code "books__pages"}). */
    public static Aggregate of(String path) {
        return new Aggregate(Aggregate.Function.COUNT, F.of(path), false, null);
    }

    /** Over an expression, such as {@code F.of("quantity").times(F.of("price"))}. */
    public static Aggregate of(Expression expression) {
        return new Aggregate(Aggregate.Function.COUNT, expression, false, null);
    }

    /** Over the distinct values of a field path. */
    public static Aggregate distinct(String path) {
        return new Aggregate(Aggregate.Function.COUNT, F.of(path), true, null);
    }

    /** {@code COUNT(*)}: every row of the group. */
    public static Aggregate all() {
        return new Aggregate(Aggregate.Function.COUNT, Star.INSTANCE, false, null);
    }
}
