package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The text with every occurrence of {@code from} replaced by {@code to}. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Replace.of("name", Value.of("Mr "), Value.of(""))}</pre>
 */
public final class Replace {
    private Replace() {
    }

    /**
     * The text with every occurrence of the second argument replaced by the third (Django's {@code Replace}).
     *
     * @param args the text, what to find and what to put instead, each a field path or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for not exactly 3 arguments
     */
    public static Func of(Object... args) {
        if (args.length != 3) {
            throw new FieldError("Replace needs exactly 3 arguments, got " + args.length);
        }
        return new Func("REPLACE", Func.arguments(args), OutputType.of(Storage.STRING));
    }
}
