package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the year: {@code TruncYear.of("createdAt")}.
 */
public final class TruncYear {
    private TruncYear() {
    }

    /**
     * {@code source} truncated to the year (Django's {@code TruncYear}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.YEAR);
    }
}
