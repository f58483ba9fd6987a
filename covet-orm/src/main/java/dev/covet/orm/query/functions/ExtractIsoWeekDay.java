package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the iso_week_day (an integer, UTC): {@code ExtractIsoWeekDay.of("createdAt")}.
 */
public final class ExtractIsoWeekDay {
    private ExtractIsoWeekDay() {
    }

    /**
     * The ISO week day of {@code source}, in UTC (Django's {@code ExtractIsoWeekDay}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.ISO_WEEK_DAY);
    }
}
