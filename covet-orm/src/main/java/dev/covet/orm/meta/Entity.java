package dev.covet.orm.meta;

import java.util.Map;
import java.util.Set;

/**
 * A model instance as the layers beneath the face see it: what {@link ModelInfo} describes and reads
 * and writes, and Covet's bookkeeping on it (Django's {@code _state}), which {@link Instances} reads and
 * writes. Applications extend {@code dev.covet.orm.Model}, the one class directly beneath this one,
 * never this class.
 */
public abstract class Entity {
    /** The face's base class, the one class meant to extend this. */
    private static final String BASE = "dev.covet.orm.Model";

    transient boolean adding = true;
    transient String database;
    transient Set<String> deferred = Set.of();
    transient boolean strict;
    transient Map<String, Object> annotations;
    transient Map<String, Object> related;
    transient Map<String, Object> pendingExpressions;

    /** For {@code dev.covet.orm.Model}, the one class that extends this. */
    protected Entity() {
    }

    /**
     * Model-wide validation, run after the checks of each field; {@code Model} documents it, and models override it.
     */
    public void clean() {
    }

    /**
     * Is {@code type} the face's {@code Model}, the base every model class extends?
     *
     * @param type a class
     * @return true for {@code dev.covet.orm.Model} itself
     */
    public static boolean isBase(Class<?> type) {
        return type != null && type.getSuperclass() == Entity.class && type.getName().equals(BASE);
    }

    /**
     * Is {@code type} a model class: a class extending the face's {@code Model}, not that base itself?
     *
     * @param type a class
     * @return true for a model class
     */
    public static boolean isModelClass(Class<?> type) {
        if (type == null || !Entity.class.isAssignableFrom(type) || isBase(type)) {
            return false;
        }
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (isBase(c)) {
                return true;
            }
        }
        return false;
    }
}
