package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The fraction of rows in the window up to and including the row's peers. Used inside {@code Window.of(...)}. */
public final class CumeDist {
    private CumeDist() {
    }

    /**
     * The cumulative distribution of the row in its window (Django's {@code CumeDist}).
     *
     * @return the function, to pass to {@code Window.of(...)}
     */
    public static WindowFunc of() {
        return new WindowFunc("CUME_DIST", List.of(), OutputType.of(Storage.DOUBLE));
    }
}
