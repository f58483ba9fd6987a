package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;

/**
 * The largest argument. PostgreSQL skips NULL arguments; MariaDB and SQLite return NULL when any is NULL (as in Django). A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Greatest.of("price", "minPrice")}</pre>
 */
public final class Greatest {
    private Greatest() {
    }

    /**
     * The largest of {@code args} (Django's {@code Greatest}).
     *
     * @param args two or more field paths or expressions
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError for fewer than 2 arguments
     */
    public static Func of(Object... args) {
        if (args.length < 2) {
            throw new FieldError("Greatest needs at least 2 arguments, got " + args.length);
        }
        return new Func("GREATEST", Func.arguments(args), null);
    }
}
