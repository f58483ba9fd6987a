package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;

/**
 * NULL when both arguments are equal, else the first. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code NullIf.of("nickname", Value.of(""))}</pre>
 */
public final class NullIf {
    private NullIf() {
    }

    /**
     * NULL when the two arguments are equal, else the first (Django's {@code NullIf}).
     *
     * @param args two field paths or expressions
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for not exactly 2 arguments
     */
    public static Func of(Object... args) {
        if (args.length != 2) {
            throw new FieldError("NullIf needs exactly 2 arguments, got " + args.length);
        }
        return new Func("NULLIF", Func.arguments(args), null);
    }
}
