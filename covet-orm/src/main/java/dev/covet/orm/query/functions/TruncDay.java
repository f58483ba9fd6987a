package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the day: {@code TruncDay.of("createdAt")}.
 */
public final class TruncDay {
    private TruncDay() {
    }

    /**
     * {@code source} truncated to the day (Django's {@code TruncDay}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.DAY);
    }
}
