package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The text in upper case. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Upper.of("name")}</pre>
 */
public final class Upper {
    private Upper() {
    }

    /**
     * {@code source} in upper case (Django's {@code Upper}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("UPPER", Func.arguments(source), OutputType.of(Storage.STRING));
    }
}
