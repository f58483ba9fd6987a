package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the date: {@code TruncDate.of("createdAt")}.
 */
public final class TruncDate {
    private TruncDate() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.DATE);
    }
}
