package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the quarter (an integer, UTC): {@code ExtractQuarter.of("createdAt")}.
 */
public final class ExtractQuarter {
    private ExtractQuarter() {
    }

    /**
     * The quarter of {@code source}, in UTC (Django's {@code ExtractQuarter}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.QUARTER);
    }
}
