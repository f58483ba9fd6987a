package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the date: {@code TruncDate.of("createdAt")}.
 */
public final class TruncDate {
    private TruncDate() {
    }

    /**
     * {@code source} truncated to the date (Django's {@code TruncDate}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.DATE);
    }
}
