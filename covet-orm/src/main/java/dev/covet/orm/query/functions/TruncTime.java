package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the time: {@code TruncTime.of("createdAt")}.
 */
public final class TruncTime {
    private TruncTime() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.TIME);
    }
}
