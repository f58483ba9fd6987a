package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * Part of the text: from {@code position} (1 is the first character), {@code length} characters or to the end. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Substr.of("name", Value.of(1), Value.of(3))}</pre>
 */
public final class Substr {
    private Substr() {
    }

    /**
     * Part of the text (Django's {@code Substr}): from a position (1 is the first character), a length or to the end.
     *
     * @param args the text, the position and optionally the length, each a field path or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for fewer than 2 or more than 3 arguments
     */
    public static Func of(Object... args) {
        if (args.length < 2 || args.length > 3) {
            throw new FieldError("Substr needs 2 to 3 arguments, got " + args.length);
        }
        return new Func("SUBSTR", Func.arguments(args), OutputType.of(Storage.STRING));
    }
}
