package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the year (an integer, UTC): {@code ExtractYear.of("createdAt")}.
 */
public final class ExtractYear {
    private ExtractYear() {
    }

    /**
     * The year of {@code source}, in UTC (Django's {@code ExtractYear}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.YEAR);
    }
}
