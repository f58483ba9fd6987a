package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The rank of the row in its window, without gaps after ties. Used inside {@code Window.of(...)}. */
public final class DenseRank {
    private DenseRank() {
    }

    public static WindowFunc of() {
        return new WindowFunc("DENSE_RANK", List.of(), OutputType.of(Storage.LONG));
    }
}
