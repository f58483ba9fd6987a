package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The position (from 1) of the first occurrence of {@code substring} in the text, 0 when absent. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code StrIndex.of("name", Value.of("a"))}</pre>
 */
public final class StrIndex {
    private StrIndex() {
    }

    /**
     * The position (from 1) of the second argument in the first, 0 when absent (Django's {@code StrIndex}).
     *
     * @param args the text and the substring, each a field path or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for not exactly 2 arguments
     */
    public static Func of(Object... args) {
        if (args.length != 2) {
            throw new FieldError("StrIndex needs exactly 2 arguments, got " + args.length);
        }
        return new Func("STRINDEX", Func.arguments(args), OutputType.of(Storage.INT));
    }
}
