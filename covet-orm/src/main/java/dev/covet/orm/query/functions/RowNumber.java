package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The number of the row in its window, from 1. Used inside {@code Window.of(...)}. */
public final class RowNumber {
    private RowNumber() {
    }

    /**
     * The number of the row in its window, from 1 (Django's {@code RowNumber}).
     *
     * @return the function, to pass to {@code Window.of(...)}
     */
    public static WindowFunc of() {
        return new WindowFunc("ROW_NUMBER", List.of(), OutputType.of(Storage.LONG));
    }
}
