package dev.covet.orm;


import java.util.Map;

/**
 * What a delete removed: the total number of rows and the count per model (cascades included), as
 * Django's {@code (total, {"Model": n})}. A model goes by its simple class name, or by its full class
 * name when two registered models share the simple one; an automatic many-to-many junction goes by
 * {@code Model_field}.
 *
 * @param total the number of rows deleted, over every model
 * @param perModel the rows deleted per model label; models with none are left out
 */
public record DeleteResult(long total, Map<String, Long> perModel) {
    /** Copies {@code perModel}, so that the result cannot change. */
    public DeleteResult {
        perModel = Map.copyOf(perModel);
    }

    /**
     * The rows removed from {@code model}'s table.
     *
     * @param model a model class
     * @return the count; 0 when none of its rows were removed
     */
    public long count(Class<? extends Model> model) {
        Long full = perModel.get(model.getName());
        return full != null ? full : perModel.getOrDefault(model.getSimpleName(), 0L);
    }
}
