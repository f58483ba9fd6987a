package dev.covet.orm.query.functions;

import dev.covet.orm.query.Func;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The value at the first row of the window frame. Used inside {@code Window.of(...)}. */
public final class FirstValue {
    private FirstValue() {
    }

    /**
     * {@code source} at the first row of the window frame (Django's {@code FirstValue}).
     *
     * @param source a field path, or an expression
     * @return the function, to pass to {@code Window.of(...)}
     */
    public static WindowFunc of(Object source) {
        return new WindowFunc("FIRST_VALUE", Func.arguments(source), null);
    }
}
