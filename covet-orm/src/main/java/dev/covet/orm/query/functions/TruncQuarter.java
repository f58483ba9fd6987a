package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the quarter: {@code TruncQuarter.of("createdAt")}.
 */
public final class TruncQuarter {
    private TruncQuarter() {
    }

    /**
     * {@code source} truncated to the quarter (Django's {@code TruncQuarter}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.QUARTER);
    }
}
