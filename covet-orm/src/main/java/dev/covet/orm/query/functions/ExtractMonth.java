package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the month (an integer, UTC): {@code ExtractMonth.of("createdAt")}.
 */
public final class ExtractMonth {
    private ExtractMonth() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.MONTH);
    }
}
