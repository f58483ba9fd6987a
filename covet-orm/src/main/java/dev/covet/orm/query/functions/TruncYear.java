package dev.covet.orm.query.functions;

/**
 * {@link Trunc} to the year: {@code TruncYear.of("createdAt")}.
 */
public final class TruncYear {
    private TruncYear() {
    }

    public static Trunc of(Object source) {
        return Trunc.of(source, Trunc.Kind.YEAR);
    }
}
