package dev.covet.orm.meta;

import java.lang.reflect.Modifier;

/**
 * The values a model's relation fields hold, as the metadata layer knows them: enough to recognize a
 * declared field's type and to read and write a foreign key. The classes applications declare
 * ({@code Ref}, {@code ManyToMany}, {@code GenericRef}, {@code GenericRelatedManager} and the
 * {@code ContentType} model, in {@code dev.covet.orm.relation}) implement these; nothing else should, and a
 * field is recognized only by those final classes, never by these interfaces.
 */
public final class RelationValues {
    private RelationValues() {
    }

    /** A foreign key's value: the key, and the target object once loaded ({@code Ref}). */
    public interface Key {
        /**
         * The target's primary key.
         *
         * @param <K> the key's type
         * @return the key, or null when the relation is empty
         */
        <K> K id();

        /**
         * Points the relation at the row with {@code key}, forgetting any loaded target.
         *
         * @param key the target's primary key, or null to empty the relation
         */
        void setId(Object key);

        /**
         * Is a target or a key set?
         *
         * @return true when the relation points somewhere
         */
        boolean isSet();

        /**
         * Is the target an instance not saved yet, so that it has no key to store?
         *
         * @return true when the target is unsaved
         */
        boolean hasUnsavedTarget();

        /**
         * Points the relation at {@code target}, as assigning it would.
         *
         * @param target the object to point at (an instance of the relation's target model), or null to clear
         */
        void setTarget(Entity target);

        /**
         * Caches an object loaded together with the owner (selectRelated, prefetch).
         *
         * @param target the related object as loaded (an instance of the relation's target model), or null
         */
        void cache(Entity target);
    }

    /** The manager a many-to-many field holds ({@code ManyToMany}). */
    public interface Many {
    }

    /** A generic foreign key's value ({@code GenericRef}). */
    public interface GenericKey {
        /**
         * Points the relation at {@code target}, as assigning it would.
         *
         * @param target the object to point at (an instance of a model), or null to clear
         */
        void setTarget(Entity target);
    }

    /** The manager a generic relation field holds ({@code GenericRelatedManager}). */
    public interface GenericMany {
    }

    /** The model of content types, which generic foreign keys point at ({@code ContentType}). */
    public interface ContentTypes {
    }

    /**
     * Is {@code type} the declared type of a foreign key field?
     *
     * @param type a field's declared type
     * @return true for {@code Ref}
     */
    public static boolean isKey(Class<?> type) {
        return Key.class.isAssignableFrom(type) && Modifier.isFinal(type.getModifiers());
    }

    /**
     * Is {@code type} the declared type of a many-to-many field?
     *
     * @param type a field's declared type
     * @return true for {@code ManyToMany}
     */
    public static boolean isMany(Class<?> type) {
        return Many.class.isAssignableFrom(type) && Modifier.isFinal(type.getModifiers());
    }
}
