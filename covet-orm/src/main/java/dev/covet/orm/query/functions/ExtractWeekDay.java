package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the week_day (an integer, UTC): {@code ExtractWeekDay.of("createdAt")}.
 */
public final class ExtractWeekDay {
    private ExtractWeekDay() {
    }

    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.WEEK_DAY);
    }
}
