package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the year (an integer, UTC): {@code ExtractYear.of("createdAt")}.
 */
public final class ExtractYear {
    private ExtractYear() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.YEAR);
    }
}
