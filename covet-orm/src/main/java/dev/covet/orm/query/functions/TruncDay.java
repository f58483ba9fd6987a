package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the day: {@code TruncDay.of("createdAt")}.
 */
public final class TruncDay {
    private TruncDay() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.DAY);
    }
}
