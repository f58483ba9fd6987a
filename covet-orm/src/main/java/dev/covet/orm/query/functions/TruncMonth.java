package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the month: {@code TruncMonth.of("createdAt")}.
 */
public final class TruncMonth {
    private TruncMonth() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.MONTH);
    }
}
