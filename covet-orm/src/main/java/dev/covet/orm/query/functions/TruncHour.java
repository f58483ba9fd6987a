package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the hour: {@code TruncHour.of("createdAt")}.
 */
public final class TruncHour {
    private TruncHour() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.HOUR);
    }
}
