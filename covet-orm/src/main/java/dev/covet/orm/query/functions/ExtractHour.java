package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the hour (an integer, UTC): {@code ExtractHour.of("createdAt")}.
 */
public final class ExtractHour {
    private ExtractHour() {
    }

    /**
     * The hour of {@code source}, in UTC (Django's {@code ExtractHour}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.HOUR);
    }
}
