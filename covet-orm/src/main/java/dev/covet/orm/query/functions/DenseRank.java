package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The rank of the row in its window, without gaps after ties. Used inside {@code Window.of(...)}. */
public final class DenseRank {
    private DenseRank() {
    }

    /**
     * The rank of the row, without gaps after ties (Django's {@code DenseRank}).
     *
     * @return the function, to pass to {@code Window.of(...)}
     */
    public static WindowFunc of() {
        return new WindowFunc("DENSE_RANK", List.of(), OutputType.of(Storage.LONG));
    }
}
