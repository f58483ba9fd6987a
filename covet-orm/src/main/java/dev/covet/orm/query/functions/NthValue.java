package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The value at row {@code n} (from 1) of the window frame. Used inside {@code Window.of(...)}. */
public final class NthValue {
    private NthValue() {
    }

    /**
     * {@code source} at row {@code n} of the window frame (Django's {@code NthValue}).
     *
     * @param source a field path, or an expression
     * @param n the row, from 1
     * @return the function, to pass to {@code Window.of(...)}
     * @throws FieldError if {@code n} is less than 1
     */
    public static WindowFunc of(Object source, int n) {
        if (n < 1) {
            throw new FieldError("NthValue counts rows from 1, got " + n);
        }
        return new WindowFunc("NTH_VALUE", List.of(Func.arguments(source).getFirst(), Value.of(n)), null);
    }
}
