package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the hour: {@code TruncHour.of("createdAt")}.
 */
public final class TruncHour {
    private TruncHour() {
    }

    /**
     * {@code source} truncated to the hour (Django's {@code TruncHour}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.HOUR);
    }
}
