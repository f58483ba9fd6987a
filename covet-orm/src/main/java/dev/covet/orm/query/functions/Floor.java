package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The largest integer not above the number. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Floor.of("price")}</pre>
 */
public final class Floor {
    private Floor() {
    }

    /**
     * The largest integer not above {@code source} (Django's {@code Floor}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("FLOOR", Func.arguments(source), OutputType.of(Storage.DOUBLE));
    }
}
