package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;

/**
 * The remainder of dividing the first argument by the second. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Mod.of("pages", Value.of(7))}</pre>
 */
public final class Mod {
    private Mod() {
    }

    /**
     * The remainder of the first argument divided by the second (Django's {@code Mod}).
     *
     * @param args the dividend and the divisor, each a field path or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for not exactly 2 arguments
     */
    public static Func of(Object... args) {
        if (args.length != 2) {
            throw new FieldError("Mod needs exactly 2 arguments, got " + args.length);
        }
        return new Func("MOD", Func.arguments(args), null);
    }
}
