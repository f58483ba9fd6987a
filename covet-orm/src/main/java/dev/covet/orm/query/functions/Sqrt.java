package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The square root. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Sqrt.of("pages")}</pre>
 */
public final class Sqrt {
    private Sqrt() {
    }

    /**
     * The square root of {@code source} (Django's {@code Sqrt}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("SQRT", Func.arguments(source), OutputType.of(Storage.DOUBLE));
    }
}
