package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the second (an integer, UTC): {@code ExtractSecond.of("createdAt")}.
 */
public final class ExtractSecond {
    private ExtractSecond() {
    }

    /**
     * The second of {@code source}, in UTC (Django's {@code ExtractSecond}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.SECOND);
    }
}
