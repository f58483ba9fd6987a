package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The text without trailing spaces. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code RTrim.of("name")}</pre>
 */
public final class RTrim {
    private RTrim() {
    }

    /**
     * {@code source} without trailing spaces (Django's {@code RTrim}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("RTRIM", Func.arguments(source), OutputType.of(Storage.STRING));
    }
}
