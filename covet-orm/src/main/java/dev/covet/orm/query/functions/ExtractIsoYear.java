package dev.covet.orm.query.functions;

import dev.covet.orm.query.Transform;

/**
 * {@link Extract} of the iso_year (an integer, UTC): {@code ExtractIsoYear.of("createdAt")}.
 */
public final class ExtractIsoYear {
    private ExtractIsoYear() {
    }

    /**
     * The ISO year of {@code source}, in UTC (Django's {@code ExtractIsoYear}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @return the integer, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Transform of(Object source) {
        return Extract.of(source, Transform.Kind.ISO_YEAR);
    }
}
