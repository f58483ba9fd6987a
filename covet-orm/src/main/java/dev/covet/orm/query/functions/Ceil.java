package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The smallest integer not below the number. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Ceil.of("price")}</pre>
 */
public final class Ceil {
    private Ceil() {
    }

    /**
     * The smallest integer not below {@code source} (Django's {@code Ceil}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("CEIL", Func.arguments(source), OutputType.of(Storage.DOUBLE));
    }
}
