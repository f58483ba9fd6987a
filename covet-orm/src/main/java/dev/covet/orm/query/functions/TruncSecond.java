package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the second: {@code TruncSecond.of("createdAt")}.
 */
public final class TruncSecond {
    private TruncSecond() {
    }

    /**
     * {@code source} truncated to the second (Django's {@code TruncSecond}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.SECOND);
    }
}
