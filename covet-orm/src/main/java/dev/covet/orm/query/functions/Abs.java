package dev.covet.orm.query.functions;

import dev.covet.orm.query.Func;

/**
 * The absolute value. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Abs.of(F.of("balance"))}</pre>
 */
public final class Abs {
    private Abs() {
    }

    public static Func of(Object source) {
        return new Func("ABS", Func.arguments(source), null);
    }
}
