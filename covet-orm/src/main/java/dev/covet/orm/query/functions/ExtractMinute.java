package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the minute (an integer, UTC): {@code ExtractMinute.of("createdAt")}.
 */
public final class ExtractMinute {
    private ExtractMinute() {
    }

    /**
     * The minute of {@code source}, in UTC (Django's {@code ExtractMinute}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.MINUTE);
    }
}
