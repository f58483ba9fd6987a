package dev.covet.orm;

/**
 * The result of {@code getOrCreate} / {@code updateOrCreate}: the object, and whether it was created.
 *
 * @param <T> the model
 * @param object the object found, created or updated
 * @param created true when it was inserted by this call
 */
public record GetOrCreate<T>(T object, boolean created) {
}
