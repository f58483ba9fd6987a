package dev.covet.orm.internal.persist;

import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.ModelInfo;

/**
 * Converts between a target's primary key and the object id a generic key stores: the two may differ in
 * type (a {@code Long} key kept in a text column). {@code GenericRef}, {@code GenericRelatedManager}, the
 * generic prefetch and the delete collector use it.
 */
public final class GenericKeys {
    private GenericKeys() {
    }

    /**
     * The object-id value that points at the row with primary key {@code pk}; a {@link ValidationError} if it cannot hold it.
     *
     * @param key the generic foreign key
     * @param pk the target's primary key
     * @return the value to store in the object-id field
     */
    public static Object objectId(GenericForeignKeyInfo key, Object pk) {
        return FieldValues.toJava(key.fkField(), pk);
    }

    /**
     * As {@link #objectId}, or null when the object id cannot hold {@code pk} (so no row can point at it).
     *
     * @param key the generic foreign key
     * @param pk the target's primary key
     * @return the object-id value, or null
     */
    public static Object objectIdOrNull(GenericForeignKeyInfo key, Object pk) {
        try {
            return objectId(key, pk);
        } catch (ValidationError e) {
            return null;
        }
    }

    /**
     * The primary key of {@code target} that a stored {@code objectId} names, or null when it cannot be one.
     *
     * @param target the model the generic key points at
     * @param objectId the stored object id
     * @return the primary key, or null
     */
    public static Object targetKey(ModelInfo<?> target, Object objectId) {
        try {
            return FieldValues.toDb(target.pk(), objectId);
        } catch (ValidationError e) {
            return null;
        }
    }
}
