package dev.covet.orm.query.functions;

import dev.covet.orm.query.Func;

/**
 * The number rounded to the nearest integer. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Round.of("price")}</pre>
 */
public final class Round {
    private Round() {
    }

    public static Func of(Object source) {
        return new Func("ROUND", Func.arguments(source), null);
    }
}
