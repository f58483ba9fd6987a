package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the quarter: {@code TruncQuarter.of("createdAt")}.
 */
public final class TruncQuarter {
    private TruncQuarter() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.QUARTER);
    }
}
