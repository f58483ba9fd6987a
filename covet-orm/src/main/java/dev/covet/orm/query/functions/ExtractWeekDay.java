package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the week_day (an integer, UTC): {@code ExtractWeekDay.of("createdAt")}.
 */
public final class ExtractWeekDay {
    private ExtractWeekDay() {
    }

    /**
     * The week day of {@code source}, in UTC (Django's {@code ExtractWeekDay}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.WEEK_DAY);
    }
}
