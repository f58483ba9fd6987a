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

    /**
     * The absolute value of {@code source} (Django's {@code Abs}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("ABS", Func.arguments(source), null);
    }
}
