package dev.covet.orm.meta;

/**
 * A model instance as the layers beneath the face see it: what {@link ModelInfo} describes and
 * reads and writes. Applications extend {@code Entity}, the one class directly beneath
 * this one, never this class.
 */
public abstract class Entity {
    /** For {@code Entity}, the one class that extends this. */
    protected Entity() {
    }

    /**
     * Is {@code type} the face's {@code Model}, the base every model class extends?
     *
     * @param type a class
     * @return true for {@code Entity} itself
     */
    public static boolean isBase(Class<?> type) {
        return type != null && type.getSuperclass() == Entity.class;
    }

    /**
     * Is {@code type} a model class: a class extending the face's {@code Model}, not that base itself?
     *
     * @param type a class
     * @return true for a model class
     */
    public static boolean isModelClass(Class<?> type) {
        return type != null && Entity.class.isAssignableFrom(type) && type != Entity.class && !isBase(type);
    }
}
