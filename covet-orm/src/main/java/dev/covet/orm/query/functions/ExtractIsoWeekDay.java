package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the iso_week_day (an integer, UTC): {@code ExtractIsoWeekDay.of("createdAt")}.
 */
public final class ExtractIsoWeekDay {
    private ExtractIsoWeekDay() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.ISO_WEEK_DAY);
    }
}
