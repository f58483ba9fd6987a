package dev.covet.orm;

import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;

import java.util.Map;

/**
 * What a delete removed: the total number of rows and the count per model (cascades included), as
 * Django's {@code (total, {"Model": n})}. A model goes by its simple class name, or by its full class
 * name when two registered models share the simple one; an automatic many-to-many junction goes by
 * {@code Model_field}.
 */
public record DeleteResult(long total, Map<String, Long> perModel) {
    public DeleteResult {
        perModel = Map.copyOf(perModel);
    }

    /** The rows removed from {@code model}'s table. */
    public long count(Class<? extends Model> model) {
        ModelInfo<?> info = ModelRegistry.find(model);
        return perModel.getOrDefault(info == null ? model.getSimpleName() : ModelRegistry.label(info), 0L);
    }
}
