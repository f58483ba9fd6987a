package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the minute: {@code TruncMinute.of("createdAt")}.
 */
public final class TruncMinute {
    private TruncMinute() {
    }

    /**
     * {@code source} truncated to the minute (Django's {@code TruncMinute}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.MINUTE);
    }
}
