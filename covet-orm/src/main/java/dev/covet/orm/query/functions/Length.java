package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The number of characters (not bytes) of the text. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Length.of("name")}</pre>
 */
public final class Length {
    private Length() {
    }

    /**
     * The number of characters of {@code source} (Django's {@code Length}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("LENGTH", Func.arguments(source), OutputType.of(Storage.INT));
    }
}
