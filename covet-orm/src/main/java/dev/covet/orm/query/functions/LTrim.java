package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The text without leading spaces. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code LTrim.of("name")}</pre>
 */
public final class LTrim {
    private LTrim() {
    }

    /**
     * {@code source} without leading spaces (Django's {@code LTrim}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("LTRIM", Func.arguments(source), OutputType.of(Storage.STRING));
    }
}
