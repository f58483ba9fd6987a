package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The value {@code offset} rows (1 by default) after the row in its window, or NULL. Used inside {@code Window.of(...)}. */
public final class Lead {
    private Lead() {
    }

    /**
     * {@code source} one row after the row in its window, or NULL (Django's {@code Lead}).
     *
     * @param source a field path, or an expression
     * @return the function, to pass to {@code Window.of(...)}
     */
    public static WindowFunc of(Object source) {
        return of(source, 1);
    }

    /**
     * {@code source} {@code offset} rows after the row in its window, or NULL (Django's {@code Lead}).
     *
     * @param source a field path, or an expression
     * @param offset how many rows away, at least 1
     * @return the function, to pass to {@code Window.of(...)}
     * @throws FieldError if {@code offset} is less than 1
     */
    public static WindowFunc of(Object source, int offset) {
        if (offset < 1) {
            throw new FieldError("Lead needs an offset of at least 1, got " + offset);
        }
        return new WindowFunc("LEAD", List.of(Func.arguments(source).getFirst(), Value.of(offset)), null);
    }
}
