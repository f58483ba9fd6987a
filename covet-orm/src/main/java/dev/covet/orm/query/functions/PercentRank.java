package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The relative rank of the row in its window, from 0 to 1. Used inside {@code Window.of(...)}. */
public final class PercentRank {
    private PercentRank() {
    }

    /**
     * The relative rank of the row, from 0 to 1 (Django's {@code PercentRank}).
     *
     * @return the function, to pass to {@code Window.of(...)}
     */
    public static WindowFunc of() {
        return new WindowFunc("PERCENT_RANK", List.of(), OutputType.of(Storage.DOUBLE));
    }
}
