package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the week: {@code TruncWeek.of("createdAt")}.
 */
public final class TruncWeek {
    private TruncWeek() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.WEEK);
    }
}
