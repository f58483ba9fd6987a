package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the month (an integer, UTC): {@code ExtractMonth.of("createdAt")}.
 */
public final class ExtractMonth {
    private ExtractMonth() {
    }

    /**
     * The month of {@code source}, in UTC (Django's {@code ExtractMonth}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.MONTH);
    }
}
