package dev.covet.orm;

/** The result of {@code getOrCreate} / {@code updateOrCreate}: the object, and whether it was created. */
public record GetOrCreate<T>(T object, boolean created) {
}
