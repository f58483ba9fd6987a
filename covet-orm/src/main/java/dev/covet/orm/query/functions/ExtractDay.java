package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the day (an integer, UTC): {@code ExtractDay.of("createdAt")}.
 */
public final class ExtractDay {
    private ExtractDay() {
    }

    /**
     * The day of {@code source}, in UTC (Django's {@code ExtractDay}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.DAY);
    }
}
