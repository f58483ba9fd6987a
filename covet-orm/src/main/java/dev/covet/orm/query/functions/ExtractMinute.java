package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the minute (an integer, UTC): {@code ExtractMinute.of("createdAt")}.
 */
public final class ExtractMinute {
    private ExtractMinute() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.MINUTE);
    }
}
