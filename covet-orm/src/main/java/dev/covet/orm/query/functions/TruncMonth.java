package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the month: {@code TruncMonth.of("createdAt")}.
 */
public final class TruncMonth {
    private TruncMonth() {
    }

    /**
     * {@code source} truncated to the month (Django's {@code TruncMonth}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.MONTH);
    }
}
