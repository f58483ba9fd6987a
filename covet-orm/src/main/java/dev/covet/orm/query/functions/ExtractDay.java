package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the day (an integer, UTC): {@code ExtractDay.of("createdAt")}.
 */
public final class ExtractDay {
    private ExtractDay() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.DAY);
    }
}
