package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the week (an integer, UTC): {@code ExtractWeek.of("createdAt")}.
 */
public final class ExtractWeek {
    private ExtractWeek() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.WEEK);
    }
}
