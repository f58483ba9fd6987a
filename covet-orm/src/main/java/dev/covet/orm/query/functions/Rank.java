package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The rank of the row in its window, with gaps after ties. Used inside {@code Window.of(...)}. */
public final class Rank {
    private Rank() {
    }

    /**
     * The rank of the row, with gaps after ties (Django's {@code Rank}).
     *
     * @return the function, to pass to {@code Window.of(...)}
     */
    public static WindowFunc of() {
        return new WindowFunc("RANK", List.of(), OutputType.of(Storage.LONG));
    }
}
