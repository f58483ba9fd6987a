package dev.covet.orm.internal.persist;

import dev.covet.orm.meta.Entity;

import java.util.List;
import java.util.Objects;

/**
 * The signals persistence sends ({@code post_init}, {@code pre_save}, {@code post_save}), as persistence sees
 * them: the signal package, which sits above, installs the implementation that turns each call into an event
 * for its receivers. Until it does, no receiver can have connected, and nothing is sent. Thread-safe.
 */
public abstract class Lifecycle {
    private static final Lifecycle SILENT = new Lifecycle() {
        @Override
        public boolean hearsPostInit(Class<?> sender) {
            return false;
        }

        @Override
        public void postInit(Entity instance) {
        }

        @Override
        public boolean hearsSave(boolean post, Class<?> sender) {
            return false;
        }

        @Override
        public void save(boolean post, Entity instance, boolean created, List<String> updateFields, String database) {
        }
    };

    private static volatile Lifecycle current = SILENT;

    /** For the one implementation, in the signal package. */
    protected Lifecycle() {
    }

    /**
     * The installed lifecycle, or one that hears nothing.
     *
     * @return the lifecycle persistence reports to
     */
    public static Lifecycle current() {
        return current;
    }

    /**
     * Makes {@code lifecycle} the one persistence reports to (the signal package does, as it loads).
     *
     * @param lifecycle the implementation
     */
    public static void install(Lifecycle lifecycle) {
        current = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /**
     * Would {@code post_init} for {@code sender} reach a receiver? Cheap enough to ask per row.
     *
     * @param sender the model class
     * @return true if it would
     */
    public abstract boolean hearsPostInit(Class<?> sender);

    /**
     * Sends {@code post_init} for {@code instance}, its fields set.
     *
     * @param instance the instance
     */
    public abstract void postInit(Entity instance);

    /**
     * Would {@code pre_save} ({@code post} false) or {@code post_save} for {@code sender} reach a receiver?
     *
     * @param post which of the two
     * @param sender the model class
     * @return true if it would
     */
    public abstract boolean hearsSave(boolean post, Class<?> sender);

    /**
     * Sends {@code pre_save} ({@code post} false) or {@code post_save}.
     *
     * @param post which of the two
     * @param instance the instance being saved
     * @param created for {@code post_save}: whether the row was inserted
     * @param updateFields the fields being saved, or null for all
     * @param database the database's alias
     */
    public abstract void save(boolean post, Entity instance, boolean created, List<String> updateFields, String database);
}
