package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the hour (an integer, UTC): {@code ExtractHour.of("createdAt")}.
 */
public final class ExtractHour {
    private ExtractHour() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.HOUR);
    }
}
