package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the iso_year (an integer, UTC): {@code ExtractIsoYear.of("createdAt")}.
 */
public final class ExtractIsoYear {
    private ExtractIsoYear() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.ISO_YEAR);
    }
}
