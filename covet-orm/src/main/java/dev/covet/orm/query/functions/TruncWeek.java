package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the week: {@code TruncWeek.of("createdAt")}.
 */
public final class TruncWeek {
    private TruncWeek() {
    }

    /**
     * {@code source} truncated to the week (Django's {@code TruncWeek}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.WEEK);
    }
}
