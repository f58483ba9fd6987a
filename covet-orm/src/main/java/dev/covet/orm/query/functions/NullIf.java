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

    public static Func of(Object... args) {
        if (args.length != 2) {
            throw new FieldError("NullIf needs exactly 2 arguments, got " + args.length);
        }
        return new Func("NULLIF", Func.arguments(args), null);
    }
}
