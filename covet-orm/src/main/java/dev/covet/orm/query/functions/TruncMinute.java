package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the minute: {@code TruncMinute.of("createdAt")}.
 */
public final class TruncMinute {
    private TruncMinute() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.MINUTE);
    }
}
