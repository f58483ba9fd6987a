package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the second (an integer, UTC): {@code ExtractSecond.of("createdAt")}.
 */
public final class ExtractSecond {
    private ExtractSecond() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.SECOND);
    }
}
