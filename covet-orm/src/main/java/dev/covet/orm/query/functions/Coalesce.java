package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;

/**
 * The first argument that is not NULL. A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Coalesce.of("nickname", "name")}</pre>
 */
public final class Coalesce {
    private Coalesce() {
    }

    /**
     * The first of {@code args} that is not NULL (Django's {@code Coalesce}).
     *
     * @param args two or more field paths or expressions, tried in order
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for fewer than 2 arguments
     */
    public static Func of(Object... args) {
        if (args.length < 2) {
            throw new FieldError("Coalesce needs at least 2 arguments, got " + args.length);
        }
        return new Func("COALESCE", Func.arguments(args), null);
    }
}
