package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.WindowFunc;

import java.util.List;

/** The number (from 1) of the bucket the row falls in when the window is split into {@code buckets}. Used inside {@code Window.of(...)}. */
public final class NTile {
    private NTile() {
    }

    /**
     * The bucket (from 1) the row falls in when its window is split into {@code buckets} (Django's {@code Ntile}).
     *
     * @param buckets how many buckets, at least 1
     * @return the function, to pass to {@code Window.of(...)}
     * @throws FieldError if {@code buckets} is less than 1
     */
    public static WindowFunc of(int buckets) {
        if (buckets < 1) {
            throw new FieldError("NTile needs at least one bucket, got " + buckets);
        }
        return new WindowFunc("NTILE", List.of(Value.of(buckets)), OutputType.of(Storage.LONG));
    }
}
