package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the second: {@code TruncSecond.of("createdAt")}.
 */
public final class TruncSecond {
    private TruncSecond() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.SECOND);
    }
}
