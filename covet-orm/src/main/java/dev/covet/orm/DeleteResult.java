package dev.covet.orm;

import java.util.Map;

/**
 * What a delete removed: the total number of rows and the count per model name (cascades included),
 * as Django's {@code (total, {"Model": n})}.
 */
public record DeleteResult(long total, Map<String, Long> perModel) {
    public DeleteResult {
        perModel = Map.copyOf(perModel);
    }

    /** The rows removed from {@code model}'s table. */
    public long count(Class<? extends Model> model) {
        return perModel.getOrDefault(model.getSimpleName(), 0L);
    }
}
