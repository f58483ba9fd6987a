package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The text in lower case. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Lower.of("name")}</pre>
 */
public final class Lower {
    private Lower() {
    }

    /**
     * {@code source} in lower case (Django's {@code Lower}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("LOWER", Func.arguments(source), OutputType.of(Storage.STRING));
    }
}
