package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the quarter (an integer, UTC): {@code ExtractQuarter.of("createdAt")}.
 */
public final class ExtractQuarter {
    private ExtractQuarter() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.QUARTER);
    }
}
