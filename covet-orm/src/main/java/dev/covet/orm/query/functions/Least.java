package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;

/**
 * The smallest argument. PostgreSQL skips NULL arguments; MariaDB and SQLite return NULL when any is NULL (as in Django). A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Least.of("price", Value.of(10))}</pre>
 */
public final class Least {
    private Least() {
    }

    /**
     * The smallest of {@code args} (Django's {@code Least}).
     *
     * @param args two or more field paths or expressions
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for fewer than 2 arguments
     */
    public static Func of(Object... args) {
        if (args.length < 2) {
            throw new FieldError("Least needs at least 2 arguments, got " + args.length);
        }
        return new Func("LEAST", Func.arguments(args), null);
    }
}
