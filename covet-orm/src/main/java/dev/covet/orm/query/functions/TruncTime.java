package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the time: {@code TruncTime.of("createdAt")}.
 */
public final class TruncTime {
    private TruncTime() {
    }

    /**
     * {@code source} truncated to the time (Django's {@code TruncTime}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.TIME);
    }
}
