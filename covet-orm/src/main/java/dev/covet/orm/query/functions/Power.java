package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The first argument to the power of the second. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Power.of("pages", Value.of(2))}</pre>
 */
public final class Power {
    private Power() {
    }

    /**
     * The first argument to the power of the second, as a double (Django's {@code Power}).
     *
     * @param args the base and the exponent, each a field path or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for not exactly 2 arguments
     */
    public static Func of(Object... args) {
        if (args.length != 2) {
            throw new FieldError("Power needs exactly 2 arguments, got " + args.length);
        }
        return new Func("POWER", Func.arguments(args), OutputType.of(Storage.DOUBLE));
    }
}
